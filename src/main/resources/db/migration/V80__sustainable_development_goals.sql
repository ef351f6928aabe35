-- The 17 Sustainable Development Goals of the 2030 Agenda, and the number of targets of each:
-- targets are numbered (10.1 … 10.7) and lettered for the means of implementation (10.a …
-- 10.c). Which codes exist is data here, so that tagging checks them without a list in code.
CREATE TABLE sdg_goal (
    number            SMALLINT PRIMARY KEY,
    numbered_targets  SMALLINT NOT NULL,
    lettered_targets  VARCHAR(8) NOT NULL
);

INSERT INTO sdg_goal (number, numbered_targets, lettered_targets) VALUES
    (1, 5, 'ab'), (2, 5, 'abc'), (3, 9, 'abcd'), (4, 7, 'abc'), (5, 6, 'abc'), (6, 6, 'ab'),
    (7, 3, 'ab'), (8, 10, 'ab'), (9, 5, 'abc'), (10, 7, 'abc'), (11, 7, 'abc'), (12, 8, 'abc'),
    (13, 3, 'ab'), (14, 7, 'abc'), (15, 9, 'abc'), (16, 10, 'ab'), (17, 19, '');

-- Each goal's short title in the site's six languages. No packaged source of them exists in the
-- registries Herald builds from, so the Herald team wrote them out from the United Nations'
-- published short titles; each row says so in written_by, as the demo translations do in their
-- credit. An organization may correct a title here without a release.
CREATE TABLE sdg_goal_title (
    goal        SMALLINT NOT NULL REFERENCES sdg_goal (number),
    language    VARCHAR(8) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    written_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (goal, language)
);

INSERT INTO sdg_goal_title (goal, language, title, written_by) VALUES
    (1, 'en', 'No poverty', 'Herald team'),
    (2, 'en', 'Zero hunger', 'Herald team'),
    (3, 'en', 'Good health and well-being', 'Herald team'),
    (4, 'en', 'Quality education', 'Herald team'),
    (5, 'en', 'Gender equality', 'Herald team'),
    (6, 'en', 'Clean water and sanitation', 'Herald team'),
    (7, 'en', 'Affordable and clean energy', 'Herald team'),
    (8, 'en', 'Decent work and economic growth', 'Herald team'),
    (9, 'en', 'Industry, innovation and infrastructure', 'Herald team'),
    (10, 'en', 'Reduced inequalities', 'Herald team'),
    (11, 'en', 'Sustainable cities and communities', 'Herald team'),
    (12, 'en', 'Responsible consumption and production', 'Herald team'),
    (13, 'en', 'Climate action', 'Herald team'),
    (14, 'en', 'Life below water', 'Herald team'),
    (15, 'en', 'Life on land', 'Herald team'),
    (16, 'en', 'Peace, justice and strong institutions', 'Herald team'),
    (17, 'en', 'Partnerships for the goals', 'Herald team'),
    (1, 'fr', 'Pas de pauvreté', 'Herald team'),
    (2, 'fr', 'Faim « zéro »', 'Herald team'),
    (3, 'fr', 'Bonne santé et bien-être', 'Herald team'),
    (4, 'fr', 'Éducation de qualité', 'Herald team'),
    (5, 'fr', 'Égalité entre les sexes', 'Herald team'),
    (6, 'fr', 'Eau propre et assainissement', 'Herald team'),
    (7, 'fr', 'Énergie propre et d’un coût abordable', 'Herald team'),
    (8, 'fr', 'Travail décent et croissance économique', 'Herald team'),
    (9, 'fr', 'Industrie, innovation et infrastructure', 'Herald team'),
    (10, 'fr', 'Inégalités réduites', 'Herald team'),
    (11, 'fr', 'Villes et communautés durables', 'Herald team'),
    (12, 'fr', 'Consommation et production responsables', 'Herald team'),
    (13, 'fr', 'Mesures relatives à la lutte contre les changements climatiques', 'Herald team'),
    (14, 'fr', 'Vie aquatique', 'Herald team'),
    (15, 'fr', 'Vie terrestre', 'Herald team'),
    (16, 'fr', 'Paix, justice et institutions efficaces', 'Herald team'),
    (17, 'fr', 'Partenariats pour la réalisation des objectifs', 'Herald team'),
    (1, 'es', 'Fin de la pobreza', 'Herald team'),
    (2, 'es', 'Hambre cero', 'Herald team'),
    (3, 'es', 'Salud y bienestar', 'Herald team'),
    (4, 'es', 'Educación de calidad', 'Herald team'),
    (5, 'es', 'Igualdad de género', 'Herald team'),
    (6, 'es', 'Agua limpia y saneamiento', 'Herald team'),
    (7, 'es', 'Energía asequible y no contaminante', 'Herald team'),
    (8, 'es', 'Trabajo decente y crecimiento económico', 'Herald team'),
    (9, 'es', 'Industria, innovación e infraestructura', 'Herald team'),
    (10, 'es', 'Reducción de las desigualdades', 'Herald team'),
    (11, 'es', 'Ciudades y comunidades sostenibles', 'Herald team'),
    (12, 'es', 'Producción y consumo responsables', 'Herald team'),
    (13, 'es', 'Acción por el clima', 'Herald team'),
    (14, 'es', 'Vida submarina', 'Herald team'),
    (15, 'es', 'Vida de ecosistemas terrestres', 'Herald team'),
    (16, 'es', 'Paz, justicia e instituciones sólidas', 'Herald team'),
    (17, 'es', 'Alianzas para lograr los objetivos', 'Herald team'),
    (1, 'ru', 'Ликвидация нищеты', 'Herald team'),
    (2, 'ru', 'Ликвидация голода', 'Herald team'),
    (3, 'ru', 'Хорошее здоровье и благополучие', 'Herald team'),
    (4, 'ru', 'Качественное образование', 'Herald team'),
    (5, 'ru', 'Гендерное равенство', 'Herald team'),
    (6, 'ru', 'Чистая вода и санитария', 'Herald team'),
    (7, 'ru', 'Недорогостоящая и чистая энергия', 'Herald team'),
    (8, 'ru', 'Достойная работа и экономический рост', 'Herald team'),
    (9, 'ru', 'Индустриализация, инновации и инфраструктура', 'Herald team'),
    (10, 'ru', 'Уменьшение неравенства', 'Herald team'),
    (11, 'ru', 'Устойчивые города и населенные пункты', 'Herald team'),
    (12, 'ru', 'Ответственное потребление и производство', 'Herald team'),
    (13, 'ru', 'Борьба с изменением климата', 'Herald team'),
    (14, 'ru', 'Сохранение морских экосистем', 'Herald team'),
    (15, 'ru', 'Сохранение экосистем суши', 'Herald team'),
    (16, 'ru', 'Мир, правосудие и эффективные институты', 'Herald team'),
    (17, 'ru', 'Партнерство в интересах устойчивого развития', 'Herald team'),
    (1, 'ar', 'القضاء على الفقر', 'Herald team'),
    (2, 'ar', 'القضاء التام على الجوع', 'Herald team'),
    (3, 'ar', 'الصحة الجيدة والرفاه', 'Herald team'),
    (4, 'ar', 'التعليم الجيد', 'Herald team'),
    (5, 'ar', 'المساواة بين الجنسين', 'Herald team'),
    (6, 'ar', 'المياه النظيفة والنظافة الصحية', 'Herald team'),
    (7, 'ar', 'طاقة نظيفة وبأسعار معقولة', 'Herald team'),
    (8, 'ar', 'العمل اللائق ونمو الاقتصاد', 'Herald team'),
    (9, 'ar', 'الصناعة والابتكار والهياكل الأساسية', 'Herald team'),
    (10, 'ar', 'الحد من أوجه عدم المساواة', 'Herald team'),
    (11, 'ar', 'مدن ومجتمعات محلية مستدامة', 'Herald team'),
    (12, 'ar', 'الاستهلاك والإنتاج المسؤولان', 'Herald team'),
    (13, 'ar', 'العمل المناخي', 'Herald team'),
    (14, 'ar', 'الحياة تحت الماء', 'Herald team'),
    (15, 'ar', 'الحياة في البر', 'Herald team'),
    (16, 'ar', 'السلام والعدل والمؤسسات القوية', 'Herald team'),
    (17, 'ar', 'عقد الشراكات لتحقيق الأهداف', 'Herald team'),
    (1, 'zh', '无贫穷', 'Herald team'),
    (2, 'zh', '零饥饿', 'Herald team'),
    (3, 'zh', '良好健康与福祉', 'Herald team'),
    (4, 'zh', '优质教育', 'Herald team'),
    (5, 'zh', '性别平等', 'Herald team'),
    (6, 'zh', '清洁饮水和卫生设施', 'Herald team'),
    (7, 'zh', '经济适用的清洁能源', 'Herald team'),
    (8, 'zh', '体面工作和经济增长', 'Herald team'),
    (9, 'zh', '产业、创新和基础设施', 'Herald team'),
    (10, 'zh', '减少不平等', 'Herald team'),
    (11, 'zh', '可持续城市和社区', 'Herald team'),
    (12, 'zh', '负责任消费和生产', 'Herald team'),
    (13, 'zh', '气候行动', 'Herald team'),
    (14, 'zh', '水下生物', 'Herald team'),
    (15, 'zh', '陆地生物', 'Herald team'),
    (16, 'zh', '和平、正义与强大机构', 'Herald team'),
    (17, 'zh', '促进目标实现的伙伴关系', 'Herald team');

-- The goals and targets content is tagged with, per translation group: every language version
-- of an item is about the same goals. target is '' for a goal tagged without a target. The
-- working copy (what editors last saved) is in content_goal; what the public sees, copied when a
-- version of the group is published, in published_content_goal. Public pages still show only
-- the items the public read model has: a draft or a scheduled (embargoed) item never appears.
CREATE TABLE content_goal (
    translation_group  UUID NOT NULL,
    goal               SMALLINT NOT NULL REFERENCES sdg_goal (number),
    target             VARCHAR(8) NOT NULL,
    PRIMARY KEY (translation_group, goal, target)
);

CREATE TABLE published_content_goal (
    translation_group  UUID NOT NULL,
    goal               SMALLINT NOT NULL REFERENCES sdg_goal (number),
    target             VARCHAR(8) NOT NULL,
    PRIMARY KEY (translation_group, goal, target)
);
CREATE INDEX published_content_goal_goal_idx ON published_content_goal (goal);
