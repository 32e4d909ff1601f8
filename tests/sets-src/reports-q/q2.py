# reports-q, texts 14-25: hard-number boxes in fr/es/ar, PDF text, period headers, arrivals, person counts.
docs = []
d = docs.append

d({'id': 'rq-14', 'pub': '2025-03-03', 'lang': 'fr', 'd': {'src': 'OCHA', 'loc': ('Burkina Faso', 'BFA')}, 'text':
"BURKINA FASO — Mise à jour de la situation humanitaire (OCHA), 3 mars 2025\n\nCHIFFRES CLÉS\n"
"2 062 534\npersonnes déplacées internes\n\n5 319\nécoles fermées\n\n417\nformations sanitaires fermées\n\n"
"Dans la région du Centre-Nord, une attaque contre le marché de Djibo a fait au moins 27 morts et une quarantaine de blessés.",
'claims': [
  ('displaced', 2062534, '2 062 534\npersonnes déplacées internes', {'who': 'personnes déplacées internes'}),
  ('facilities', 5319, '5 319\nécoles fermées', {'who': 'écoles'}),
  ('facilities', 417, '417\nformations sanitaires fermées', {'who': 'formations sanitaires'}),
  ('killed', 27, 'au moins 27 morts', {'q': 'al', 'loc': ('Djibo', 'BFA')}),
  ('injured', 40, 'une quarantaine de blessés', {'q': 'ap', 'loc': ('Djibo', 'BFA')}),
]})

d({'id': 'rq-15', 'pub': '2025-01-22', 'lang': 'es', 'd': {'src': 'OCHA', 'loc': ('Colombia', 'COL')}, 'text':
"COLOMBIA: Catatumbo — Informe de situación No. 2 (OCHA)\nCifras clave\n\n"
"54 000 personas desplazadas\n80 personas muertas\n20 000 personas confinadas\n32 000 personas con necesidades\n\n"
"Según la Gobernación de Norte de Santander, al menos 5 firmantes de paz figuran entre las víctimas mortales.",
'claims': [
  ('displaced', 54000, '54 000 personas desplazadas', {'loc': ('Catatumbo', 'COL')}),
  ('killed', 80, '80 personas muertas', {'loc': ('Catatumbo', 'COL')}),
  ('killed', 5, 'al menos 5 firmantes de paz figuran entre las víctimas mortales', {'q': 'al', 'who': 'firmantes de paz', 'src': 'Gobernación de Norte de Santander', 'loc': ('Catatumbo', 'COL')}),
]})

d({'id': 'rq-16', 'pub': '2024-10-08', 'lang': 'ar', 'd': {'src': 'أوتشا', 'loc': ('لبنان', 'LBN')}, 'text':
"لبنان: تقرير الحالة رقم 3 (أوتشا)\nأرقام رئيسية\n\n"
"2,083 قتيلا\n9,869 جريحا\n1.2 مليون نازح\n"
"وبحسب وزارة الصحة العامة، تعرض 37 مستشفى لأضرار منذ 17 أيلول/سبتمبر.",
'claims': [
  ('killed', 2083, '2,083 قتيلا', {'who': 'people'}),
  ('injured', 9869, '9,869 جريحا'),
  ('displaced', 1200000, '1.2 مليون نازح', {'who': 'نازح'}),
  ('facilities', 37, '37 مستشفى لأضرار', {'src': 'وزارة الصحة العامة', 'who': 'مستشفى', 'since': ('17 أيلول/سبتمبر', '2024-09-17')}),
]})

d({'id': 'rq-17', 'pub': '2025-02-11', 'fmt': 'pdf', 'd': {'src': 'IOM', 'loc': ('Somalia', 'SOM')}, 'text':
"IOM SOMALIA | FLASH UPDATE #2 | BELEDWEYNE FLOODS\n\nKEY FIGURES\n"
"12,400 displaced 3,100 homes damaged 45 dead\n\n"
"Most of the displaced families (2,070 HH) are staying with relatives on higher ground.",
'claims': [
  ('displaced', 12400, '12,400 displaced', {'loc': ('Beledweyne', 'SOM')}),
  ('homes', 3100, '3,100 homes damaged', {'loc': ('Beledweyne', 'SOM')}),
  ('killed', 45, '45 dead', {'loc': ('Beledweyne', 'SOM')}),
  ('displaced', 2070, '2,070 HH', {'hh': True, 'who': 'families', 'loc': ('Beledweyne', 'SOM')}),
]})

d({'id': 'rq-18', 'pub': '2025-04-09', 'fmt': 'pdf', 'd': {'src': 'IOM DTM', 'loc': ('Haiti', 'HTI')}, 'text':
"IOM DTM HAITI — Emergency Tracking Tool #58\n\n"
"Between 28 March and 4 April, 7,310 people (1,872 ind. in Mirebalais, 5,438 ind. in Saut-d'Eau) fled armed violence "
"in the Centre department. Of these, 3,004 ind. are hosted in 11 spontaneous sites.",
'claims': [
  ('displaced', 7310, '7,310 people', {'since': ('28 March', '2025-03-28'), 'as_of': '2025-04-04', 'loc': ('Centre department', 'HTI')}),
  ('displaced', 1872, '1,872 ind. in Mirebalais', {'who': 'ind.', 'since': ('28 March', '2025-03-28'), 'as_of': '2025-04-04', 'loc': ('Mirebalais', 'HTI')}),
  ('displaced', 5438, "5,438 ind. in Saut-d'Eau", {'who': 'ind.', 'since': ('28 March', '2025-03-28'), 'as_of': '2025-04-04', 'loc': ("Saut-d'Eau", 'HTI')}),
  ('displaced', 3004, '3,004 ind. are hosted in 11 spontaneous sites', {'who': 'ind.', 'as_of': '2025-04-04', 'loc': ('Centre department', 'HTI')}),
]})

d({'id': 'rq-19', 'pub': '2025-06-16', 'fmt': 'table', 'd': {'src': 'UNHCR', 'loc': ('Chad', 'TCD')}, 'text':
"UNHCR Chad — Sudan emergency: arrivals by crossing point, 16 June 2025\n\n"
"Crossing point | New arrivals (week) | Of which refugees | Of which returnees\n"
"Adré | 4,210 | 3,380 | 830\nTiné | 1,155 | 1,020 | 135\nTotal | 5,365 | 4,400 | 965",
'claims': [
  ('refugees', 3380, '3,380', {'ctx': 'Of which refugees', 'loc': ('Adré', 'TCD'), 'who': 'refugees'}),
  ('refugees', 1020, '1,020', {'ctx': 'Of which refugees', 'loc': ('Tiné', 'TCD'), 'who': 'refugees'}),
  ('refugees', 4400, '4,400', {'ctx': 'Of which refugees', 'who': 'refugees'}),
]})

d({'id': 'rq-20', 'pub': '2024-12-02', 'fmt': 'table', 'd': {'src': 'Ministry of Health', 'loc': ('Lebanon', 'LBN')}, 'text':
"Ministry of Health — Emergency Operations Centre, cumulative report\n\n"
"Indicator | Last 24 h | Since 8 Oct 2023 | Cumulative (23 Sep–1 Dec)\n"
"Killed | 11 | 4,047 | 3,123\nInjured | 27 | 16,638 | 13,490\n",
'claims': [
  ('killed', 11, '11', {'ctx': 'Killed', 'after': 'Killed |', 'since': ('Last 24 h', '2024-12-01')}),
  ('killed', 4047, '4,047', {'ctx': 'Killed', 'since': ('8 Oct 2023', '2023-10-08')}),
  ('killed', 3123, '3,123', {'ctx': 'Killed', 'since': ('23 Sep', '2024-09-23'), 'as_of': '2024-12-01'}),
  ('injured', 27, '27', {'ctx': 'Injured', 'after': 'Injured |', 'since': ('Last 24 h', '2024-12-01')}),
  ('injured', 16638, '16,638', {'ctx': 'Injured', 'since': ('8 Oct 2023', '2023-10-08')}),
  ('injured', 13490, '13,490', {'ctx': 'Injured', 'since': ('23 Sep', '2024-09-23'), 'as_of': '2024-12-01'}),
]})

d({'id': 'rq-21', 'pub': '2025-07-08', 'fmt': 'pdf', 'd': {'src': 'Health Cluster', 'loc': ('Yemen', 'YEM')}, 'text':
"Yemen Health Cluster Bulletin — June 2025\n\n"
"Health facilities     Health workers      Attacks on\nfully functional      killed             health care\n"
"1,742                 6                  14\n\n"
"Health facilities     People displaced\ndamaged (June)        by fighting (June)\n"
"9                     4,560\n",
'claims': [
  ('killed', 6, '6', {'ctx': 'Health workers killed', 'after': '1,742', 'who': 'health workers'}),
  ('facilities', 9, '9', {'ctx': 'Health facilities damaged (June)', 'after': 'by fighting (June)', 'who': 'health facilities', 'since': ('June', '2025-06-01')}),
  ('displaced', 4560, '4,560', {'ctx': 'People displaced by fighting (June)', 'since': ('June', '2025-06-01')}),
]})

d({'id': 'rq-22', 'pub': '2025-03-20', 'd': {'src': 'OCHA', 'loc': ('Myanmar', 'MMR')}, 'text':
"OCHA Myanmar Humanitarian Update No. 44\n\n"
"In Rakhine, airstrikes on Kyauktaw township since January have destroyed 1,320 homes along with 6 health facilities "
"and 14 schools. A UN fact-finding report put the figure of civilians killed in the township at up to 1,400. "
"Some 58,000 people remain displaced in the township.",
'claims': [
  ('homes', 1320, 'destroyed 1,320 homes', {'since': ('January', '2025-01-01'), 'loc': ('Kyauktaw township', 'MMR')}),
  ('facilities', 6, '6 health facilities', {'since': ('January', '2025-01-01'), 'loc': ('Kyauktaw township', 'MMR')}),
  ('facilities', 14, '14 schools', {'since': ('January', '2025-01-01'), 'loc': ('Kyauktaw township', 'MMR'), 'who': 'schools'}),
  ('killed', 1400, 'civilians killed in the township at up to 1,400', {'q': 'am', 'who': 'civilians', 'src': 'UN fact-finding report', 'loc': ('Kyauktaw township', 'MMR')}),
  ('displaced', 58000, 'Some 58,000 people remain displaced', {'q': 'ap', 'loc': ('Kyauktaw township', 'MMR')}),
]})

d({'id': 'rq-23', 'pub': '2025-08-05', 'lang': 'fr', 'd': {'src': 'HCR', 'loc': ('Tchad', 'TCD')}, 'text':
"HCR Tchad — Chiffres clés au 31 juillet 2025\n\n"
"Réfugiés soudanais arrivés depuis avril 2023 : 858 512\nRetournés tchadiens : 273 109\n"
"Nouveaux arrivants en juillet : 11 240\nSites de réfugiés : 21",
'claims': [
  ('refugees', 858512, 'Réfugiés soudanais arrivés depuis avril 2023 : 858 512', {'who': 'réfugiés soudanais', 'since': ('avril 2023', '2023-04-01'), 'as_of': '2025-07-31'}),
]})

d({'id': 'rq-24', 'pub': '2025-09-15', 'lang': 'es', 'd': {'src': 'CONRED', 'loc': ('Guatemala', 'GTM')}, 'text':
"CONRED — Boletín informativo No. 412-2025\nTemporada de lluvias, acumulado desde el 1 de mayo\n\n"
"Personas afectadas: 812 410 | Evacuadas: 6 211 | Albergadas: 2 034 | Heridas: 19 | Fallecidas: 24 | Desaparecidas: 3 | "
"Viviendas con daño severo: 1 108",
'claims': [
  ('affected', 812410, 'Personas afectadas: 812 410', {'since': ('1 de mayo', '2025-05-01')}),
  ('displaced', 6211, 'Evacuadas: 6 211', {'since': ('1 de mayo', '2025-05-01')}),
  ('displaced', 2034, 'Albergadas: 2 034', {'since': ('1 de mayo', '2025-05-01')}),
  ('injured', 19, 'Heridas: 19', {'since': ('1 de mayo', '2025-05-01')}),
  ('killed', 24, 'Fallecidas: 24', {'since': ('1 de mayo', '2025-05-01')}),
  ('missing', 3, 'Desaparecidas: 3', {'since': ('1 de mayo', '2025-05-01')}),
  ('homes', 1108, 'Viviendas con daño severo: 1 108', {'since': ('1 de mayo', '2025-05-01'), 'who': 'viviendas'}),
]})

d({'id': 'rq-25', 'pub': '2025-05-26', 'd': {'src': 'WHO', 'loc': ('Democratic Republic of the Congo', 'COD')}, 'text':
"WHO AFRO Weekly Bulletin on Outbreaks and other Emergencies, Week 21\n\n"
"Democratic Republic of the Congo: Mpox\nSince 1 January 2025, 12,910 confirmed cases and 43 deaths among confirmed cases "
"have been reported from 24 provinces. In South Kivu, insecurity has uprooted over 300,000 people since February, "
"and 2 treatment centres were looted in Bukavu.",
'claims': [
  ('killed', 43, '43 deaths among confirmed cases', {'who': 'confirmed cases', 'since': ('1 January 2025', '2025-01-01')}),
  ('displaced', 300000, 'uprooted over 300,000 people', {'q': 'al', 'since': ('February', '2025-02-01'), 'loc': ('South Kivu', 'COD')}),
  ('facilities', 2, '2 treatment centres were looted', {'loc': ('Bukavu', 'COD'), 'who': 'treatment centres'}),
]})
