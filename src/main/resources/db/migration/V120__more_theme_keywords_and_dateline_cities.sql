-- Issue 25: the importer's vocabulary is data. Theme keywords in the languages the first rules
-- (V40) left thin, and the dateline cities of the regions the organization works in (capitals and
-- humanitarian hubs), so that a dateline such as "N'DJAMENA –" gives its country. Editors extend
-- both tables on the import rules screen; keywords match at the start of a word.
INSERT INTO theme_rule (theme, keyword) VALUES
    ('emergencies', 'displacement'), ('emergencies', 'refugee'), ('emergencies', 'evacuat'),
    ('emergencies', 'flood'), ('emergencies', 'fled'), ('emergencies', 'fleeing'),
    ('emergencies', 'déplacé'), ('emergencies', 'inondation'),
    ('emergencies', 'desplazad'), ('emergencies', 'refugiad'), ('emergencies', 'inundaci'),
    ('emergencies', 'перемещ'), ('emergencies', 'نزح'), ('emergencies', 'النازحين'),
    ('migration-health', 'clinic'), ('migration-health', 'tuberculosis'), ('migration-health', 'measles'),
    ('migration-health', 'cholera'), ('migration-health', 'vaccin'), ('migration-health', 'medical'),
    ('migration-health', 'médic'), ('migration-health', 'медицин'),
    ('labour-migration', 'trabajadores migrantes'), ('labour-migration', 'migración laboral'),
    ('labour-migration', 'العمال المهاجرين'),
    ('counter-trafficking', 'الاتجار بالبشر'),
    ('regional-cooperation', 'cooperación regional'), ('regional-cooperation', 'التعاون الإقليمي'),
    ('migration-management', 'retour'), ('migration-management', 'rapatri'),
    ('migration-management', 'réintégration'), ('migration-management', 'bloqués'),
    ('migration-management', 'retorn'), ('migration-management', 'reintegración'),
    ('migration-management', 'varados'), ('migration-management', 'возвращ'),
    ('migration-management', 'вернувш'), ('migration-management', 'реинтеграц'),
    ('migration-management', 'عودة'), ('migration-management', 'العائدين'), ('migration-management', 'عالق'),
    ('migration-management', 'تقطعت');

INSERT INTO dateline_city (name, country_code) VALUES
    ('N''Djamena', 'TD'), ('Ndjamena', 'TD'), ('Niamey', 'NE'), ('Bamako', 'ML'), ('Tripoli', 'LY'),
    ('Erbil', 'IQ'), ('Baghdad', 'IQ'), ('Port-au-Prince', 'HT'), ('Cox''s Bazar', 'BD'), ('Juba', 'SS'),
    ('Abuja', 'NG'), ('Addis Ababa', 'ET'), ('Mogadishu', 'SO'), ('Maputo', 'MZ'), ('Kathmandu', 'NP'),
    ('Manila', 'PH'), ('Islamabad', 'PK'), ('Tunis', 'TN'), ('Ouagadougou', 'BF'), ('Nouakchott', 'MR'),
    ('Yaoundé', 'CM'), ('Conakry', 'GN'), ('Rabat', 'MA'), ('Kinshasa', 'CD'), ('Khartoum', 'SD'),
    ('Sana''a', 'YE'), ('Aden', 'YE'), ('Damascus', 'SY'), ('Quito', 'EC'), ('Lima', 'PE'),
    ('Tegucigalpa', 'HN'), ('San Salvador', 'SV'), ('Guatemala City', 'GT'), ('Ciudad de Guatemala', 'GT'),
    ('Cúcuta', 'CO'), ('Santiago', 'CL'), ('La Paz', 'BO'), ('Caracas', 'VE'), ('Managua', 'NI'),
    ('Santo Domingo', 'DO'), ('Mexico City', 'MX'), ('Ciudad de México', 'MX'), ('Kampala', 'UG'),
    ('Dar es Salaam', 'TZ'), ('Kigali', 'RW'), ('Harare', 'ZW'), ('Lusaka', 'ZM'), ('Accra', 'GH'),
    ('Abidjan', 'CI'), ('Lomé', 'TG'), ('Cotonou', 'BJ'), ('Freetown', 'SL'), ('Monrovia', 'LR'),
    ('Bangui', 'CF'), ('Brazzaville', 'CG'), ('Luanda', 'AO'), ('Djibouti', 'DJ'), ('Asmara', 'ER'),
    ('Jakarta', 'ID'), ('Kuala Lumpur', 'MY'), ('Colombo', 'LK'), ('Yangon', 'MM'), ('Phnom Penh', 'KH'),
    ('Hanoi', 'VN'), ('Ankara', 'TR'), ('Gaziantep', 'TR'), ('Tehran', 'IR'),
    ('بغداد', 'IQ'), ('صنعاء', 'YE'), ('عدن', 'YE'), ('طرابلس', 'LY'), ('الخرطوم', 'SD'), ('أربيل', 'IQ'),
    ('دمشق', 'SY'), ('الرباط', 'MA'), ('نواكشوط', 'MR');
