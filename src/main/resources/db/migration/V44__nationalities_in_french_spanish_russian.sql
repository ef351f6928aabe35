-- The nationalities of the region in French, Spanish and Russian, so that "700 000 Moldaves vivent
-- à l'étranger", "700.000 moldavos" and "700 тыс. молдаван" count Moldovans as "700,000 Moldovans"
-- does. Spanish and Russian write them in lower case; Russian in the genitive plural a number puts
-- them in. A figure is reported in the English plural of V43, each country's first row, so that it
-- adds up across languages. Names the same in English (French "Kazakhs", "Afghans") are not repeated.
INSERT INTO nationality (name, country_code) VALUES
    ('Arméniens', 'AM'), ('armenios', 'AM'), ('армян', 'AM'),
    ('Azerbaïdjanais', 'AZ'), ('azerbaiyanos', 'AZ'), ('азербайджанцев', 'AZ'),
    ('Bélarussiens', 'BY'), ('Biélorusses', 'BY'), ('bielorrusos', 'BY'), ('белорусов', 'BY'),
    ('Géorgiens', 'GE'), ('georgianos', 'GE'), ('грузин', 'GE'),
    ('Kazakhstanais', 'KZ'), ('kazajos', 'KZ'), ('казахов', 'KZ'), ('казахстанцев', 'KZ'),
    ('Kirghizes', 'KG'), ('Kirghizstanais', 'KG'), ('kirguises', 'KG'), ('киргизов', 'KG'), ('кыргызов', 'KG'),
    ('кыргызстанцев', 'KG'),
    ('Moldaves', 'MD'), ('moldavos', 'MD'), ('молдаван', 'MD'),
    ('Russes', 'RU'), ('rusos', 'RU'), ('россиян', 'RU'),
    ('Tadjiks', 'TJ'), ('tayikos', 'TJ'), ('таджиков', 'TJ'),
    ('Turkmènes', 'TM'), ('turcomanos', 'TM'), ('туркмен', 'TM'),
    ('Ukrainiens', 'UA'), ('ucranianos', 'UA'), ('украинцев', 'UA'),
    ('Ouzbeks', 'UZ'), ('uzbekos', 'UZ'), ('узбеков', 'UZ'),
    ('afganos', 'AF'), ('афганцев', 'AF'),
    ('Syriens', 'SY'), ('sirios', 'SY'), ('сирийцев', 'SY'),
    ('Vénézuéliens', 'VE'), ('venezolanos', 'VE'), ('венесуэльцев', 'VE');
