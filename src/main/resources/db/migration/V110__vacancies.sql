-- Vacancies (careers module). A vacancy is a content item of type VACANCY; its terms, shared by its
-- language versions, are kept by translation group: as the editor typed them (the working copy),
-- and as published, read into columns that the lists filter and sort on. Open or closed is not
-- stored: it is computed from opens_at and closes_at at every read.
CREATE TABLE vacancy_terms (
    translation_group UUID PRIMARY KEY,
    terms             TEXT NOT NULL
);

CREATE TABLE published_vacancy (
    translation_group UUID PRIMARY KEY,
    reference         VARCHAR(60) NOT NULL,
    grade             VARCHAR(40) NOT NULL,
    city              VARCHAR(100) NOT NULL,
    country           VARCHAR(2) NOT NULL,
    zone              VARCHAR(60) NOT NULL,
    contract          VARCHAR(20) NOT NULL,
    duration          VARCHAR(100),
    languages         VARCHAR(100) NOT NULL,
    opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    apply_url         VARCHAR(1000),
    apply_email       VARCHAR(254),
    demonstration     BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE INDEX published_vacancy_closes_idx ON published_vacancy (closes_at);
CREATE INDEX published_vacancy_country_idx ON published_vacancy (country, closes_at);
