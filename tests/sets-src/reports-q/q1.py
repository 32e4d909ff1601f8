# reports-q, texts 1-13: epidemiological bulletins, DREF updates, ECHO flash, national agencies.
docs = []
d = docs.append

d({'id': 'rq-01', 'pub': '2025-03-18', 'd': {'src': 'WHO', 'loc': ('Sudan', 'SDN')}, 'text':
"WHO Sudan | Cholera Epidemiological Bulletin No. 21\nReporting period: epi-week 10 (3–9 March 2025)\n\n"
"Since the start of the outbreak on 12 August 2024, 41,207 suspected cases have been reported, including 1,083 "
"associated deaths (CFR 2.6%). During week 10, 1,912 new cases and 37 deaths were recorded.\n"
"Twelve health facilities in Kassala and Gedaref were closed after flooding damaged their water supply.",
'claims': [
  ('killed', 1083, '1,083 associated deaths', {'since': ('the start of the outbreak on 12 August 2024', '2024-08-12'), 'who': 'suspected cases'}),
  ('killed', 37, '37 deaths', {'since': ('week 10', '2025-03-03')}),
  ('facilities', 12, 'Twelve health facilities in Kassala and Gedaref were closed', {'loc': ('Kassala and Gedaref', 'SDN')}),
]})

d({'id': 'rq-02', 'pub': '2025-09-02', 'd': {'src': 'IFRC', 'loc': ('Bangladesh', 'BGD')}, 'text':
"IFRC DREF Operation Update No. 1\nBangladesh: Monsoon Floods (MDRBD035)\n\n"
"Situation overview\nFlash floods in Feni, Noakhali and Cumilla districts have left 23 people dead and forced "
"about 410,000 people into 3,400 evacuation centres. The Department of Disaster Management reports that 52,300 houses "
"were partially damaged and 7,900 fully destroyed.\n\nOperational progress\n"
"Bangladesh Red Crescent Society volunteers have reached 18,600 people with dry food and 9,200 with safe drinking water.",
'claims': [
  ('killed', 23, '23 people dead'),
  ('displaced', 410000, 'about 410,000 people into 3,400 evacuation centres', {'q': 'ap'}),
  ('homes', 52300, '52,300 houses were partially damaged', {'src': 'Department of Disaster Management'}),
  ('homes', 7900, '7,900 fully destroyed', {'src': 'Department of Disaster Management', 'who': 'houses'}),
]})

d({'id': 'rq-03', 'pub': '2025-01-14', 'text':
"ECHO Daily Flash of 14 January 2025\n\nMozambique – Tropical Cyclone DIKELEDI (DG ECHO, INGD, media)\n"
"• Tropical Cyclone DIKELEDI made landfall in Nampula province on 13 January.\n"
"• According to the National Institute for Disaster Risk Management (INGD), at least 6 people died, 31 were injured and "
"more than 4,800 houses were destroyed or damaged.\n"
"• Around 2,100 people are staying in 14 accommodation centres.\n\n"
"Peru – Floods (DG ECHO, INDECI)\n• Heavy rain in Piura region has affected 6,350 people and left 2 people dead.",
'claims': [
  ('killed', 6, 'at least 6 people died', {'q': 'al', 'src': 'National Institute for Disaster Risk Management', 'loc': ('Nampula province', 'MOZ'), 'as_of': '2025-01-13'}),
  ('injured', 31, '31 were injured', {'src': 'National Institute for Disaster Risk Management', 'loc': ('Nampula province', 'MOZ'), 'as_of': '2025-01-13'}),
  ('homes', 4800, 'more than 4,800 houses were destroyed or damaged', {'q': 'al', 'src': 'National Institute for Disaster Risk Management', 'loc': ('Nampula province', 'MOZ'), 'as_of': '2025-01-13'}),
  ('displaced', 2100, 'Around 2,100 people are staying in 14 accommodation centres', {'q': 'ap', 'loc': ('Nampula province', 'MOZ')}),
  ('affected', 6350, 'affected 6,350 people', {'loc': ('Piura region', 'PER')}),
  ('killed', 2, '2 people dead', {'loc': ('Piura region', 'PER')}),
]})

d({'id': 'rq-04', 'pub': '2024-11-20', 'd': {'src': 'NDRRMC', 'loc': ('Philippines', 'PHL')}, 'text':
"NDRRMC PRESS RELEASE\nSituational Report for Super Typhoon PEPITO (2024)\n\n"
"The National Disaster Risk Reduction and Management Council reports a total of 9 dead, 14 injured and 2 missing "
"persons as of 6:00 AM today. A total of 218,465 families or 802,110 persons are currently staying inside "
"evacuation centers, while 41,003 families or 156,280 persons are being served outside. Damaged houses reached "
"28,904, of which 3,122 were totally damaged.",
'claims': [
  ('killed', 9, '9 dead'), ('injured', 14, '14 injured'), ('missing', 2, '2 missing'),
  ('displaced', 218465, '218,465 families', {'hh': True, 'who': 'families'}),
  ('displaced', 802110, '802,110 persons are currently staying inside evacuation centers', {'who': 'persons'}),
  ('displaced', 41003, '41,003 families', {'hh': True, 'who': 'families'}),
  ('displaced', 156280, '156,280 persons are being served outside', {'who': 'persons'}),
  ('homes', 28904, 'Damaged houses reached 28,904'),
  ('homes', 3122, '3,122 were totally damaged', {'who': 'houses'}),
]})

d({'id': 'rq-05', 'pub': '2025-02-03', 'fmt': 'table', 'd': {'src': 'BNPB', 'loc': ('Indonesia', 'IDN')}, 'text':
"BNPB – Rekapitulasi Dampak Banjir dan Longsor, Jawa Tengah\nData per 3 Februari 2025, 07.00 WIB\n\n"
"Kabupaten | Meninggal | Hilang | Luka-luka | Mengungsi | Rumah Rusak\n"
"Pekalongan | 17 | 8 | 12 | 3,450 | 610\n"
"Batang | 4 | 1 | 6 | 1,205 | 233\n"
"Total | 21 | 9 | 18 | 4,655 | 843\n\nSumber: BNPB, BPBD Kab. Pekalongan",
'claims': [
  ('killed', 17, '17', {'ctx': 'Meninggal', 'after': 'Pekalongan |', 'loc': ('Pekalongan', 'IDN'), 'src': None}),
  ('missing', 8, '8', {'ctx': 'Hilang', 'after': 'Pekalongan | 17', 'loc': ('Pekalongan', 'IDN'), 'src': None}),
  ('injured', 12, '12', {'ctx': 'Luka-luka', 'after': 'Pekalongan | 17 | 8', 'loc': ('Pekalongan', 'IDN'), 'src': None}),
  ('displaced', 3450, '3,450', {'ctx': 'Mengungsi', 'loc': ('Pekalongan', 'IDN'), 'src': None}),
  ('homes', 610, '610', {'ctx': 'Rumah Rusak', 'loc': ('Pekalongan', 'IDN'), 'src': None}),
  ('killed', 4, '4', {'ctx': 'Meninggal', 'after': 'Batang |', 'loc': ('Batang', 'IDN'), 'src': None}),
  ('missing', 1, '1', {'ctx': 'Hilang', 'after': 'Batang | 4', 'loc': ('Batang', 'IDN'), 'src': None}),
  ('injured', 6, '6', {'ctx': 'Luka-luka', 'after': 'Batang | 4 | 1', 'loc': ('Batang', 'IDN'), 'src': None}),
  ('displaced', 1205, '1,205', {'ctx': 'Mengungsi', 'loc': ('Batang', 'IDN'), 'src': None}),
  ('homes', 233, '233', {'ctx': 'Rumah Rusak', 'loc': ('Batang', 'IDN'), 'src': None}),
  ('killed', 21, '21', {'ctx': 'Meninggal', 'after': 'Total |', 'src': None}),
  ('missing', 9, '9', {'ctx': 'Hilang', 'after': 'Total | 21', 'src': None}),
  ('injured', 18, '18', {'ctx': 'Luka-luka', 'after': 'Total | 21 | 9', 'src': None}),
  ('displaced', 4655, '4,655', {'ctx': 'Mengungsi', 'src': None}),
  ('homes', 843, '843', {'ctx': 'Rumah Rusak', 'src': None}),
]})

d({'id': 'rq-06', 'pub': '2025-08-28', 'd': {'src': 'NDMA', 'loc': ('Pakistan', 'PAK'), 'since': ('26 June', '2025-06-26')}, 'text':
"National Disaster Management Authority (NDMA) – Monsoon 2025 Daily Situation Report\n"
"Cumulative losses since 26 June 2025\n\n"
"Deaths: 804 (incl. 221 children)\nInjured: 1,088\nHouses damaged: 9,870\nLivestock perished: 6,180\n"
"Persons evacuated in Punjab (last 24 hrs): 127,400",
'claims': [
  ('killed', 804, 'Deaths: 804'),
  ('killed', 221, '221 children', {'who': 'children', 'ctx': 'Deaths'}),
  ('injured', 1088, 'Injured: 1,088'),
  ('homes', 9870, 'Houses damaged: 9,870'),
  ('displaced', 127400, 'Persons evacuated in Punjab (last 24 hrs): 127,400', {'since': ('last 24 hrs', '2025-08-27'), 'loc': ('Punjab', 'PAK'), 'who': 'persons'}),
]})

d({'id': 'rq-07', 'pub': '2025-05-06', 'd': {'src': 'Department of Disaster Management', 'loc': ('Bangladesh', 'BGD')}, 'text':
"Government of the People's Republic of Bangladesh\nMinistry of Disaster Management and Relief\n"
"Department of Disaster Management — Press Release\n\n"
"Cyclone Remal: the storm damaged 35,483 houses fully and 115,992 partially across 19 districts. 16 people lost their "
"lives and around 800,000 people were moved to 9,424 cyclone shelters before landfall. 1,100 tube-wells were damaged.",
'claims': [
  ('homes', 35483, 'damaged 35,483 houses fully', {'loc': ('19 districts', 'BGD')}),
  ('homes', 115992, '115,992 partially', {'loc': ('19 districts', 'BGD'), 'who': 'houses'}),
  ('killed', 16, '16 people lost their lives'),
  ('displaced', 800000, 'around 800,000 people were moved to 9,424 cyclone shelters', {'q': 'ap'}),
]})

d({'id': 'rq-08', 'pub': '2025-03-12', 'lang': 'pt', 'd': {'src': 'INGD', 'loc': ('Moçambique', 'MOZ')}, 'text':
"INGD — Instituto Nacional de Gestão e Redução do Risco de Desastres\nPonto de situação: Ciclone JUDE, 12/03/2025\n\n"
"Óbitos: 16\nFeridos: 153\nPessoas afectadas: 187 640\nCasas totalmente destruídas: 9 722\nCasas parcialmente destruídas: 25 104\n"
"Unidades sanitárias afectadas: 67\nCentros de acomodação activos: 23 (6 812 pessoas)",
'claims': [
  ('killed', 16, 'Óbitos: 16'), ('injured', 153, 'Feridos: 153'),
  ('affected', 187640, 'Pessoas afectadas: 187 640'),
  ('homes', 9722, 'Casas totalmente destruídas: 9 722', {'who': 'casas'}),
  ('homes', 25104, 'Casas parcialmente destruídas: 25 104', {'who': 'casas'}),
  ('facilities', 67, 'Unidades sanitárias afectadas: 67', {'who': 'unidades sanitárias'}),
  ('displaced', 6812, '6 812 pessoas', {'ctx': 'Centros de acomodação activos', 'who': 'pessoas'}),
]})

d({'id': 'rq-09', 'pub': '2025-04-02', 'lang': 'es', 'd': {'src': 'INDECI', 'loc': ('Perú', 'PER')}, 'text':
"INDECI | Reporte Complementario N° 1482 - 2/4/2025 / 08:30 horas\nLluvias intensas en la región Tumbes\n\n"
"Daños personales: 3 fallecidos, 2 desaparecidos y 11 lesionados. Se registran 4 215 damnificados y 21 390 afectados.\n"
"Daños materiales: 812 viviendas inhabitables, 164 viviendas colapsadas y 9 instituciones educativas afectadas.",
'claims': [
  ('killed', 3, '3 fallecidos', {'loc': ('región Tumbes', 'PER')}),
  ('missing', 2, '2 desaparecidos', {'loc': ('región Tumbes', 'PER')}),
  ('injured', 11, '11 lesionados', {'loc': ('región Tumbes', 'PER')}),
  ('affected', 4215, '4 215 damnificados', {'loc': ('región Tumbes', 'PER')}),
  ('affected', 21390, '21 390 afectados', {'loc': ('región Tumbes', 'PER')}),
  ('homes', 812, '812 viviendas inhabitables', {'who': 'viviendas', 'loc': ('región Tumbes', 'PER')}),
  ('homes', 164, '164 viviendas colapsadas', {'who': 'viviendas', 'loc': ('región Tumbes', 'PER')}),
  ('facilities', 9, '9 instituciones educativas afectadas', {'who': 'instituciones educativas', 'loc': ('región Tumbes', 'PER')}),
]})

d({'id': 'rq-10', 'pub': '2025-06-30', 'd': {'src': 'Protection Cluster', 'loc': ('Ukraine', 'UKR')}, 'text':
"Protection Cluster Ukraine — Protection Monitoring Dashboard, Q2 2025\n\n"
"Key figures (April–June)\n"
"Civilians killed 412\nCivilians injured 2,011\nNew displacement (individuals) 58,300\nHouseholds interviewed 6,240\n"
"Respondents reporting a family member missing 7%",
'claims': [
  ('killed', 412, 'Civilians killed 412', {'who': 'civilians', 'since': ('April', '2025-04-01')}),
  ('injured', 2011, 'Civilians injured 2,011', {'who': 'civilians', 'since': ('April', '2025-04-01')}),
  ('displaced', 58300, 'New displacement (individuals) 58,300', {'who': 'individuals', 'since': ('April', '2025-04-01')}),
]})

d({'id': 'rq-11', 'pub': '2024-07-10', 'd': {'src': 'UNRWA', 'loc': ('Gaza Strip', 'PSE')}, 'text':
"UNRWA Situation Report #120 on the Humanitarian Crisis in the Gaza Strip and the West Bank\n"
"All information valid as of 9 July 2024 at 22:30.\n\n"
"• Up to 1.9 million people across the Gaza Strip are displaced, some of them forced to flee repeatedly.\n"
"• The total number of UNRWA team members killed since 7 October is 194.\n"
"• At least 190 UNRWA installations have been damaged, many of them shelters hosting displaced people.\n"
"• Over 520 people have been killed while sheltering in UNRWA schools and other premises.",
'claims': [
  ('displaced', 1900000, 'Up to 1.9 million people across the Gaza Strip are displaced', {'q': 'am', 'as_of': '2024-07-09'}),
  ('killed', 194, 'UNRWA team members killed since 7 October is 194', {'who': 'unrwa team members', 'since': ('7 October', '2023-10-07'), 'as_of': '2024-07-09'}),
  ('facilities', 190, 'At least 190 UNRWA installations have been damaged', {'q': 'al', 'who': 'unrwa installations', 'as_of': '2024-07-09'}),
  ('killed', 520, 'Over 520 people have been killed', {'q': 'al', 'as_of': '2024-07-09'}),
]})

d({'id': 'rq-12', 'pub': '2025-02-20', 'fmt': 'table', 'd': {'src': 'OCHA', 'loc': ('South Sudan', 'SSD')}, 'text':
"OCHA South Sudan — Upper Nile Response Snapshot (3W), as of 20 Feb 2025\n\n"
"Cluster | People targeted | People reached | % reached\n"
"Food Security | 310,000 | 142,500 | 46%\nHealth | 180,000 | 95,300 | 53%\nShelter/NFI | 64,000 | 12,880 | 20%\n\n"
"Context: fighting in Nasir and Ulang since 14 February has displaced an estimated 50,000 people; 9 civilians were killed "
"and 2 health facilities looted.",
'claims': [
  ('displaced', 50000, 'displaced an estimated 50,000 people', {'q': 'ap', 'since': ('14 February', '2025-02-14'), 'loc': ('Nasir and Ulang', 'SSD')}),
  ('killed', 9, '9 civilians were killed', {'who': 'civilians', 'loc': ('Nasir and Ulang', 'SSD')}),
  ('facilities', 2, '2 health facilities looted', {'loc': ('Nasir and Ulang', 'SSD')}),
]})

d({'id': 'rq-13', 'pub': '2025-05-14', 'text':
"Latest updates — ReliefWeb headlines, 14 May 2025\n\n"
"- DR Congo: Clashes in Masisi displace 23,000 in a week (OCHA)\n"
"- Haiti: Gang attack on Mirebalais leaves 18 dead, prison emptied (BINUH)\n"
"- Myanmar: Earthquake death toll rises to 3,750; 4,800 injured\n"
"- Chad: 12,000 new Sudanese refugees arrive in Ouaddaï in May (UNHCR)\n"
"- Niger: Floods destroy 1,250 homes in Zinder region",
'claims': [
  ('displaced', 23000, 'displace 23,000', {'src': 'OCHA', 'loc': ('Masisi', 'COD'), 'since': ('a week', '2025-05-07')}),
  ('killed', 18, 'leaves 18 dead', {'src': 'BINUH', 'loc': ('Mirebalais', 'HTI')}),
  ('killed', 3750, 'death toll rises to 3,750', {'loc': ('Myanmar', 'MMR')}),
  ('injured', 4800, '4,800 injured', {'loc': ('Myanmar', 'MMR')}),
  ('refugees', 12000, '12,000 new Sudanese refugees', {'src': 'UNHCR', 'who': 'sudanese refugees', 'loc': ('Ouaddaï', 'TCD'), 'since': ('May', '2025-05-01')}),
  ('homes', 1250, 'destroy 1,250 homes', {'loc': ('Zinder region', 'NER')}),
]})
