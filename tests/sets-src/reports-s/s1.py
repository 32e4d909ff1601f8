# reports-s (session 16): report shapes whose figures were missed (recall): labels carrying a period
# ("Deaths since 3 March: 412"), key figures interleaved with prose columns, CSV with unquoted thousands
# commas, multi-level and space-aligned tables, place breakdowns under a figure, "(420 HHs)", elliptic
# coordinations in sitrep prose, K/M suffixes in inline pairs. Non-claims: %, money, PiN, reached, cases.
from lib import row
docs = []
d = docs.append

d({'id': 'rs-01', 'pub': '2025-03-20', 'd': {'src': 'WHO'}, 'text':
"WHO Health Cluster Bulletin – Eastern Region\n"
"Deaths since 3 March: 412 (including 88 children)\n"
"Injured since 3 March: 1,935\n"
"Health facilities attacked since 3 March: 17\n"
"People in need of health assistance: 2.1 million\n"
"Funding received: 23%",
'claims': [
  ('killed', 412, 'Deaths since 3 March: 412', {'since': ('3 March', '2025-03-03')}),
  ('killed', 88, '88 children', {'since': ('3 March', '2025-03-03'), 'who': 'children', 'ctx': 'Deaths since 3 March'}),
  ('injured', 1935, 'Injured since 3 March: 1,935', {'since': ('3 March', '2025-03-03')}),
  ('facilities', 17, 'Health facilities attacked since 3 March: 17', {'since': ('3 March', '2025-03-03'), 'who': 'health facilities'}),
]})

d({'id': 'rs-02', 'pub': '2025-06-10', 'd': {'src': 'IOM'}, 'text':
"IOM South Sudan – Displacement update, 10 June 2025\n"
"Newly displaced in the past week: 9,800 (+12 % on the previous week)\n"
"IDPs in Upper Nile state: 146,500, up from 131,200 in April.\n"
"Returnees this year: 38,000\n"
"Households registered at Malakal site in May: 2,950",
'claims': [
  ('displaced', 9800, 'Newly displaced in the past week: 9,800'),
  ('displaced', 146500, 'IDPs in Upper Nile state: 146,500', {'loc': ('Upper Nile state', 'SSD')}),
  ('displaced', 131200, 'up from 131,200', {'loc': ('Upper Nile state', 'SSD')}),
]})

d({'id': 'rs-03', 'pub': '2024-09-15', 'fmt': 'csv', 'd': {'src': 'NDMA'}, 'text':
"NDMA Nigeria – flood impact by state (export)\n"
"State,Deaths,Displaced,Houses destroyed\n"
"Borno,37,414,000,1,210\n"
"Jigawa,49,9,850,3,400\n"
"Kano,12,2,300,716",
'claims': [
  ('killed', 37, '37', {'ctx': 'Deaths', 'after': 'Borno'}),
  ('displaced', 414000, '414,000', {'ctx': 'Displaced', 'after': 'Borno'}),
  ('homes', 1210, '1,210', {'ctx': 'Houses destroyed', 'after': 'Borno', 'who': 'houses'}),
  ('killed', 49, '49', {'ctx': 'Deaths', 'after': 'Jigawa'}),
  ('displaced', 9850, '9,850', {'ctx': 'Displaced', 'after': 'Jigawa'}),
  ('homes', 3400, '3,400', {'ctx': 'Houses destroyed', 'after': 'Jigawa', 'who': 'houses'}),
  ('killed', 12, '12', {'ctx': 'Deaths', 'after': 'Kano'}),
  ('displaced', 2300, '2,300', {'ctx': 'Displaced', 'after': 'Kano'}),
  ('homes', 716, '716', {'ctx': 'Houses destroyed', 'after': 'Kano', 'who': 'houses'}),
]})

d({'id': 'rs-04', 'pub': '2024-03-02', 'd': {'src': 'UNHCR'}, 'text':
"UNHCR Burkina Faso – Population movements, February 2024\n"
"                 IDPs                      Refugees\n"
"Region           Households  Individuals   Households  Individuals\n"
"Centre-Nord      2,410       14,460        120         690\n"
"Sahel            1,880       11,020        75          410\n",
'claims': [
  ('displaced', 2410, '2,410', {'ctx': 'IDPs', 'unit': 'households', 'who': 'households'}),
  ('displaced', 14460, '14,460', {'ctx': 'IDPs', 'who': 'individuals'}),
  ('refugees', 120, '120', {'ctx': 'Refugees', 'unit': 'households', 'who': 'households'}),
  ('refugees', 690, '690', {'ctx': 'Refugees', 'who': 'individuals'}),
  ('displaced', 1880, '1,880', {'ctx': 'IDPs', 'unit': 'households', 'who': 'households'}),
  ('displaced', 11020, '11,020', {'ctx': 'IDPs', 'who': 'individuals'}),
  ('refugees', 75, '75', {'ctx': 'Refugees', 'unit': 'households', 'who': 'households'}),
  ('refugees', 410, '410', {'ctx': 'Refugees', 'who': 'individuals'}),
]})

d({'id': 'rs-05', 'pub': '2023-02-20', 'd': {'src': 'Ministry of Health'}, 'text':
"Earthquake: casualties by district (Ministry of Health, 19 February 2023)\n"
"District          Dead    Injured   Buildings collapsed\n"
"Antakya-Defne     4,412   9,860     6,120\n"
"Iskenderun        1,130   3,205     1,410\n"
"Kirikhan          720     1,940     980\n",
'claims': [
  ('killed', 4412, '4,412', {'ctx': 'Dead'}),
  ('injured', 9860, '9,860', {'ctx': 'Injured'}),
  ('homes', 6120, '6,120', {'ctx': 'Buildings collapsed', 'who': 'buildings'}),
  ('killed', 1130, '1,130', {'ctx': 'Dead'}),
  ('injured', 3205, '3,205', {'ctx': 'Injured'}),
  ('homes', 1410, '1,410', {'ctx': 'Buildings collapsed', 'who': 'buildings'}),
  ('killed', 720, '720', {'ctx': 'Dead'}),
  ('injured', 1940, '1,940', {'ctx': 'Injured'}),
  ('homes', 980, '980', {'ctx': 'Buildings collapsed', 'who': 'buildings'}),
]})

d({'id': 'rs-06', 'pub': '2025-07-02', 'd': {'src': 'CCCM Cluster'}, 'text':
"CCCM Cluster – IDP sites by district, quarterly comparison\n"
"| District | IDPs Mar 2025 | IDPs Jun 2025 | Change |\n"
"|---|---|---|---|\n"
"| Baidoa | 512,400 | 538,900 | +5.2% |\n"
"| Kismayo | 118,300 | 109,750 | -7.2% |",
'claims': [
  ('displaced', 512400, '512,400', {'ctx': 'IDPs Mar 2025'}),
  ('displaced', 538900, '538,900', {'ctx': 'IDPs Jun 2025'}),
  ('displaced', 118300, '118,300', {'ctx': 'IDPs Mar 2025'}),
  ('displaced', 109750, '109,750', {'ctx': 'IDPs Jun 2025'}),
]})

d({'id': 'rs-07', 'pub': '2025-02-08', 'd': {'src': 'Shelter Cluster'}, 'text':
"Gaza: new displacement 1–7 February 2025 (Shelter Cluster)\n"
"North Gaza: 22,600 | Gaza City: 41,300 | Deir al-Balah: 9,100 | Total: 73,000 individuals\n"
"About 61 % of them moved into makeshift shelters.",
'claims': [
  ('displaced', 22600, '22,600', {'ctx': 'new displacement'}),
  ('displaced', 41300, '41,300', {'ctx': 'new displacement'}),
  ('displaced', 9100, '9,100', {'ctx': 'new displacement'}),
  ('displaced', 73000, '73,000 individuals', {'ctx': 'new displacement', 'who': 'individuals'}),
]})

d({'id': 'rs-08', 'pub': '2025-05-31', 'text':
"EAST AFRICA | Displacement snapshot | May 2025\n"
"ETHIOPIA  IDPs 3.3M  Schools closed 2,140  Refugees 1.0M\n"
"SOMALIA  IDPs 3.5M  Health facilities closed 86\n"
"KENYA  Refugees 774K\n"
"Funding gap: US$ 1.4 billion",
'claims': [
  ('displaced', 3300000, 'IDPs 3.3M', {'loc': ('ETHIOPIA', 'ETH')}),
  ('facilities', 2140, 'Schools closed 2,140', {'loc': ('ETHIOPIA', 'ETH'), 'who': 'schools'}),
  ('refugees', 1000000, 'Refugees 1.0M', {'loc': ('ETHIOPIA', 'ETH')}),
  ('displaced', 3500000, 'IDPs 3.5M', {'loc': ('SOMALIA', 'SOM')}),
  ('facilities', 86, 'Health facilities closed 86', {'loc': ('SOMALIA', 'SOM'), 'who': 'health facilities'}),
  ('refugees', 774000, 'Refugees 774K', {'loc': ('KENYA', 'KEN')}),
]})

d({'id': 'rs-09', 'pub': '2025-04-30', 'd': {'src': 'UNHCR'}, 'text':
"DRC REGIONAL SNAPSHOT | 30 APRIL 2025\n"
"1.1M\nrefugees from DRC in the region\n"
"520K in Uganda · 94K in Burundi · 87K in Rwanda\n"
"6.9M\ninternally displaced\n"
"UNHCR",
'claims': [
  ('refugees', 1100000, '1.1M\nrefugees'),
  ('refugees', 520000, '520K in Uganda', {'loc': ('Uganda', 'UGA')}),
  ('refugees', 94000, '94K in Burundi', {'loc': ('Burundi', 'BDI')}),
  ('refugees', 87000, '87K in Rwanda', {'loc': ('Rwanda', 'RWA')}),
  ('displaced', 6900000, '6.9M\ninternally displaced'),
]})

d({'id': 'rs-10', 'pub': '2024-09-30', 'lang': 'es', 'd': {'src': 'SINAPRED'}, 'text':
"NICARAGUA: Lluvias torrenciales – Balance (30 de septiembre de 2024)\n"
"Fallecidos: 54 (41 en la Región Autónoma del Caribe Norte)\n"
"Desaparecidos: 12\n"
"Personas evacuadas: 6.420\n"
"Viviendas destruidas: 318\n"
"Fuente: SINAPRED",
'claims': [
  ('killed', 54, 'Fallecidos: 54', {'who': 'personas'}),
  ('killed', 41, '41 en la Región Autónoma del Caribe Norte', {'ctx': 'Fallecidos', 'who': 'personas'}),
  ('missing', 12, 'Desaparecidos: 12', {'who': 'personas'}),
  ('displaced', 6420, 'Personas evacuadas: 6.420', {'who': 'personas'}),
  ('homes', 318, 'Viviendas destruidas: 318', {'who': 'viviendas'}),
]})

d({'id': 'rs-11', 'pub': '2024-07-12', 'text':
"Hurricane Beryl – key facts\n"
"11 deaths in Jamaica\n"
"4 of them in St Elizabeth parish\n"
"About 400,000 customers without electricity\n"
"Estimated losses: US$ 2.3 billion",
'claims': [
  ('killed', 11, '11 deaths', {'loc': ('Jamaica', 'JAM')}),
  ('killed', 4, '4 of them in St Elizabeth parish', {'loc': ('St Elizabeth parish', 'JAM')}),
]})

d({'id': 'rs-12', 'pub': '2024-11-03', 'd': {'src': 'Department of Disaster Management'}, 'text':
"Department of Disaster Management – Daily Situation Report\n\n"
"Cyclone Dana: the storm damaged 12,406 houses fully and 30,518 partially in 11 districts. Nine people lost their "
"lives and about 620,000 people were moved to 7,100 cyclone shelters. 2,300 fish ponds were washed away.",
'claims': [
  ('homes', 12406, 'damaged 12,406 houses fully', {'who': 'houses'}),
  ('homes', 30518, '30,518 partially', {'who': 'houses'}),
  ('killed', 9, 'Nine people lost their lives'),
  ('displaced', 620000, 'about 620,000 people were moved to 7,100 cyclone shelters', {'q': 'ap'}),
]})

d({'id': 'rs-13', 'pub': '2024-09-05', 'd': {'src': 'IFRC'}, 'text':
"IFRC DREF Operation – Viet Nam: Typhoon Yagi\n\n"
"Situation overview\nLandslides and flash floods have left 59 people dead and forced roughly 51,000 people into "
"schools and community halls. Local authorities report that 9,400 houses were partially damaged and 1,250 "
"completely destroyed.\n\nThe Viet Nam Red Cross has reached 14,000 people with relief items.",
'claims': [
  ('killed', 59, '59 people dead'),
  ('displaced', 51000, 'roughly 51,000 people into schools and community halls', {'q': 'ap'}),
  ('homes', 9400, '9,400 houses were partially damaged', {'who': 'houses', 'src': 'Local authorities'}),
  ('homes', 1250, '1,250 completely destroyed', {'who': 'houses', 'src': 'Local authorities'}),
]})

d({'id': 'rs-14', 'pub': '2025-02-14', 'd': {'src': 'OCHA'}, 'text':
"OCHA Sudan – Humanitarian Update No. 7\n\n"
"Education\n312 schools remain closed in North Darfur; 58 were occupied by armed men.\n\n"
"Health\n19 hospitals were hit by shelling in El Fasher since May; 6 are closed.\n\n"
"Shelter\nPartners count 1.7 million displaced people in the state, including 410,000 in 26 gathering sites.",
'claims': [
  ('facilities', 312, '312 schools remain closed', {'who': 'schools'}),
  ('facilities', 58, '58 were occupied', {'who': 'schools'}),
  ('facilities', 19, '19 hospitals were hit', {'who': 'hospitals', 'since': ('May', '2024-05-01')}),
  ('facilities', 6, '6 are closed', {'who': 'hospitals'}),
  ('displaced', 1700000, '1.7 million displaced people'),
  ('displaced', 410000, '410,000 in 26 gathering sites'),
]})

d({'id': 'rs-15', 'pub': '2024-10-08', 'd': {'src': 'DTM'}, 'text':
"DTM Lebanon – Mobility Snapshot, Round 55\n"
"► 2,140 HHs (9,630 ind.) newly displaced this week\n"
"► Main districts: Tyre (820 HHs), Nabatieh (610 HHs), Baabda (330 HHs)\n"
"► Cumulative since 8 October 2023: 58,400 HHs (262,800 ind.)\n"
"► 47% of the displaced are women",
'claims': [
  ('displaced', 2140, '2,140 HHs', {'unit': 'households', 'who': 'households'}),
  ('displaced', 9630, '9,630 ind.) newly displaced', {'who': 'individuals'}),
  ('displaced', 820, 'Tyre (820 HHs)', {'unit': 'households', 'who': 'households'}),
  ('displaced', 610, 'Nabatieh (610 HHs)', {'unit': 'households', 'who': 'households'}),
  ('displaced', 330, 'Baabda (330 HHs)', {'unit': 'households', 'who': 'households'}),
  ('displaced', 58400, '58,400 HHs', {'unit': 'households', 'who': 'households', 'since': ('8 October 2023', '2023-10-08')}),
  ('displaced', 262800, '262,800 ind.', {'who': 'individuals', 'since': ('8 October 2023', '2023-10-08')}),
]})

d({'id': 'rs-16', 'pub': '2025-01-20', 'd': {'src': 'UNHCR'}, 'text':
"Myanmar emergency: arrivals in neighbouring countries (UNHCR, as of 15 January 2025)\n"
"Bangladesh: 74,000+\nThailand: 46,300\nIndia: 52,000\nDaily arrivals in Mizoram: ~300\n"
"Total since 1 February 2021: 1.3M",
'claims': [
  ('refugees', 74000, 'Bangladesh: 74,000+', {'q': 'al', 'ctx': 'arrivals in neighbouring countries'}),
  ('refugees', 46300, 'Thailand: 46,300', {'ctx': 'arrivals in neighbouring countries'}),
  ('refugees', 52000, 'India: 52,000', {'ctx': 'arrivals in neighbouring countries'}),
  ('refugees', 300, 'Daily arrivals in Mizoram: ~300', {'q': 'ap', 'ctx': 'arrivals in neighbouring countries'}),
  ('refugees', 1300000, 'Total since 1 February 2021: 1.3M', {'ctx': 'arrivals in neighbouring countries', 'since': ('1 February 2021', '2021-02-01')}),
]})

d({'id': 'rs-17', 'pub': '2024-12-02', 'd': {'src': 'OCHA'}, 'text':
"Syria – Aleppo and Idleb escalation, OCHA Flash Update No. 2\n"
"Since 27 November 2024:\n"
"Displaced (new / total): 48,500 / 115,000\n"
"Civilian deaths: 61 — injuries: 280\n"
"Hospitals out of service: 4",
'claims': [
  ('displaced', 48500, '48,500', {'ctx': 'Displaced (new / total)', 'since': ('27 November 2024', '2024-11-27')}),
  ('displaced', 115000, '115,000', {'ctx': 'Displaced (new / total)', 'since': ('27 November 2024', '2024-11-27')}),
  ('killed', 61, 'Civilian deaths: 61', {'who': 'civilians', 'since': ('27 November 2024', '2024-11-27')}),
  ('injured', 280, 'injuries: 280', {'who': 'civilians', 'since': ('27 November 2024', '2024-11-27')}),
  ('facilities', 4, 'Hospitals out of service: 4', {'who': 'hospitals', 'since': ('27 November 2024', '2024-11-27')}),
]})

d({'id': 'rs-18', 'pub': '2024-10-01', 'd': {'src': 'DSWD DROMIC'}, 'text':
"DSWD DROMIC Report #6 on Typhoon Krathon\n\n"
"Displaced population\nInside ECs: 4,208 families / 15,930 persons\nOutside ECs: 1,377 families / 5,212 persons\n"
"Damaged houses: 412 totally damaged; 2,986 partially damaged\nCost of assistance: PHP 12.4 million",
'claims': [
  ('displaced', 4208, '4,208 families', {'ctx': 'Inside ECs', 'unit': 'households', 'who': 'families'}),
  ('displaced', 15930, '15,930 persons', {'ctx': 'Inside ECs', 'who': 'persons'}),
  ('displaced', 1377, '1,377 families', {'ctx': 'Outside ECs', 'unit': 'households', 'who': 'families'}),
  ('displaced', 5212, '5,212 persons', {'ctx': 'Outside ECs', 'who': 'persons'}),
  ('homes', 412, '412 totally damaged', {'ctx': 'Damaged houses', 'who': 'houses'}),
  ('homes', 2986, '2,986 partially damaged', {'ctx': 'Damaged houses', 'who': 'houses'}),
]})

d({'id': 'rs-19', 'pub': '2024-04-03', 'd': {'src': 'IFRC'}, 'text':
"IFRC Emergency Appeal – Taiwan Earthquake\nKEY FIGURES\n"
"18 people died 1,145 injured 2,830 build-\nings damaged 600 people stranded\nCHF 2 million sought",
'claims': [
  ('killed', 18, '18 people died'),
  ('injured', 1145, '1,145 injured'),
  ('homes', 2830, '2,830 build-\nings damaged', {'who': 'buildings'}),
]})

d({'id': 'rs-20', 'pub': '2023-09-14', 'text':
"LIBYA: Derna floods – Flash Update No. 3\n"
"Death toll estimates range from 5,300 to 6,000 as rescue teams search the coast.\n"
"The Red Crescent earlier gave a figure of 2,300 deaths, while the municipality's estimate was 11,300.\n"
"At least 30,000 people have been displaced in Derna.",
'claims': [
  ('killed', 5300, 'Death toll estimates range from 5,300 to 6,000', {'q': 'r', 'high': 6000}),
  ('killed', 2300, '2,300 deaths', {'src': 'Red Crescent'}),
  ('killed', 11300, "estimate was 11,300", {'src': 'municipality'}),
  ('displaced', 30000, 'At least 30,000 people have been displaced', {'q': 'al', 'loc': ('Derna', 'LBY')}),
]})

d({'id': 'rs-21', 'pub': '2024-05-09', 'd': {'src': 'Defesa Civil'}, 'text':
"BRAZIL: Rio Grande do Sul floods – Defesa Civil figures as reported by OCHA\n"
"Victims:\n- Died: 107\n- Missing: 136\n- Injured: 374\n- Sheltered: 67,563 people\n"
"Damage:\n- Houses: 2,410 (destroyed 520)\n- Bridges: 34",
'claims': [
  ('killed', 107, 'Died: 107'),
  ('missing', 136, 'Missing: 136'),
  ('injured', 374, 'Injured: 374'),
  ('displaced', 67563, 'Sheltered: 67,563 people'),
  ('homes', 2410, 'Houses: 2,410', {'who': 'houses'}),
  ('homes', 520, 'destroyed 520', {'ctx': 'Houses', 'who': 'houses'}),
]})

d({'id': 'rs-22', 'pub': '2024-04-25', 'd': {'src': 'UNHCR'}, 'text':
"CHAD\nEastern border: arrivals from Sudan\nKEY FIGURES\n"
"Since April 2023, families fleeing the fighting in Darfur have arrived at\n"
"610,000\n"
"Adré and other crossing points along the border.\n"
"refugees arrived in eastern Chad\n"
"The Adré transit site, planned for 10,000 people, hosts\n"
"145,000\n"
"many of them in makeshift shelters, and cholera cases rose.\n"
"refugees sheltering in Adré transit site\n"
"61%\n"
"children",
'claims': [
  ('refugees', 610000, '610,000', {'ctx': 'refugees arrived in eastern Chad', 'who': 'refugees', 'since': ('April 2023', '2023-04-01')}),
  ('refugees', 145000, '145,000', {'ctx': 'refugees sheltering in Adré transit site', 'who': 'refugees'}),
]})

d({'id': 'rs-23', 'pub': '2024-06-12', 'lang': 'fr', 'd': {'src': 'ministère de la Santé'}, 'text':
"RDC : Épidémie de choléra – Bulletin n° 12 (ministère de la Santé)\n"
"Décès depuis le 1er janvier : 385 (dont 92 enfants)\n"
"Cas suspects depuis le 1er janvier : 21 300\n"
"Centres de santé fermés : 14\n"
"Taux de létalité : 1,8 %",
'claims': [
  ('killed', 385, 'Décès depuis le 1er janvier : 385', {'who': 'cas', 'since': ('1er janvier', '2024-01-01')}),
  ('killed', 92, '92 enfants', {'who': 'enfants', 'ctx': 'Décès depuis le 1er janvier', 'since': ('1er janvier', '2024-01-01')}),
  ('facilities', 14, 'Centres de santé fermés : 14', {'who': 'centres de santé'}),
]})

d({'id': 'rs-24', 'pub': '2024-08-20', 'd': {'src': 'Regional DRM Bureau'}, 'text':
"ETHIOPIA: Gofa landslides – deaths by kebele (Regional DRM Bureau, 20 August 2024)\n"
"Kencho Shacha Gozdi – 257\nGeze Gofa – 14\nDenba Gofa – 9\nUba Debretsehay – 7\n"
"Total deaths: 287; 12 missing; 15,500 people evacuated.",
'claims': [
  ('killed', 257, '257', {'ctx': 'deaths'}),
  ('killed', 14, '14', {'ctx': 'deaths'}),
  ('killed', 9, '9', {'ctx': 'deaths', 'after': 'Denba Gofa'}),
  ('killed', 7, '7', {'ctx': 'deaths', 'after': 'Uba Debretsehay'}),
  ('killed', 287, 'Total deaths: 287'),
  ('missing', 12, '12 missing'),
  ('displaced', 15500, '15,500 people evacuated'),
]})

d({'id': 'rs-25', 'pub': '2025-01-10', 'd': {'src': 'OCHA'}, 'text':
"OCHA oPt – Humanitarian Situation Update\n"
"Indicator | Value | Change (7 days) | Source\n"
"Palestinians killed since 7 Oct 2023 | 46,006 | +322 | MoH\n"
"Palestinians injured since 7 Oct 2023 | 109,378 | +807 | MoH\n"
"People in UNRWA shelters | 1,020,000 | -12,000 | UNRWA\n"
"Aid trucks entered | 2,115 | +240 | COGAT",
'claims': [
  ('killed', 46006, '46,006', {'ctx': 'Palestinians killed since 7 Oct 2023', 'who': 'palestinians', 'src': 'MoH', 'since': ('7 Oct 2023', '2023-10-07')}),
  ('injured', 109378, '109,378', {'ctx': 'Palestinians injured since 7 Oct 2023', 'who': 'palestinians', 'src': 'MoH', 'since': ('7 Oct 2023', '2023-10-07')}),
  ('displaced', 1020000, '1,020,000', {'ctx': 'People in UNRWA shelters', 'src': 'UNRWA'}),
]})
