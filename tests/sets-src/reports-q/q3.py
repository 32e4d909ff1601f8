# reports-q2 (held back): 10 texts of the same kinds, never tuned on.
docs = []
d = docs.append

d({'id': 'rq2-01', 'pub': '2025-10-06', 'd': {'src': 'WHO', 'loc': ('Nigeria', 'NGA')}, 'text':
"WHO Nigeria — Cholera Situation Report No. 9\n\n"
"As of epi-week 39, 18,402 suspected cases including 506 deaths have been recorded in 31 states since January. "
"In Borno, floods in Maiduguri damaged 3 cholera treatment centres and displaced 414,000 people.",
'claims': [
  ('killed', 506, '506 deaths', {'who': 'suspected cases', 'since': ('January', '2025-01-01')}),
  ('facilities', 3, 'damaged 3 cholera treatment centres', {'who': 'cholera treatment centres', 'loc': ('Maiduguri', 'NGA')}),
  ('displaced', 414000, 'displaced 414,000 people', {'loc': ('Maiduguri', 'NGA')}),
]})

d({'id': 'rq2-02', 'pub': '2025-07-21', 'd': {'src': 'IFRC', 'loc': ('Pakistan', 'PAK')}, 'text':
"IFRC Emergency Appeal / DREF Operation Update — Pakistan Monsoon Floods\n\n"
"According to the Provincial Disaster Management Authority, 64 people have died and 117 were injured in Khyber Pakhtunkhwa. "
"An estimated 1,960 houses were damaged. The Pakistan Red Crescent Society has distributed food to 2,400 households.",
'claims': [
  ('killed', 64, '64 people have died', {'src': 'Provincial Disaster Management Authority', 'loc': ('Khyber Pakhtunkhwa', 'PAK')}),
  ('injured', 117, '117 were injured', {'src': 'Provincial Disaster Management Authority', 'loc': ('Khyber Pakhtunkhwa', 'PAK')}),
  ('homes', 1960, 'An estimated 1,960 houses were damaged', {'q': 'ap'}),
]})

d({'id': 'rq2-03', 'pub': '2025-02-28', 'text':
"ECHO Daily Flash of 28 February 2025\n\nPhilippines – Floods (DG ECHO, NDRRMC)\n"
"• According to NDRRMC, 4 people died and 1 is missing after floods in Mindanao.\n"
"• Approximately 26,500 people were pre-emptively evacuated and 340 houses damaged.",
'claims': [
  ('killed', 4, '4 people died', {'src': 'NDRRMC', 'loc': ('Mindanao', 'PHL')}),
  ('missing', 1, '1 is missing', {'src': 'NDRRMC', 'loc': ('Mindanao', 'PHL')}),
  ('displaced', 26500, 'Approximately 26,500 people were pre-emptively evacuated', {'q': 'ap', 'loc': ('Mindanao', 'PHL')}),
  ('homes', 340, '340 houses damaged', {'loc': ('Mindanao', 'PHL')}),
]})

d({'id': 'rq2-04', 'pub': '2025-01-09', 'fmt': 'table', 'd': {'src': 'NDRRMC', 'loc': ('Philippines', 'PHL')}, 'text':
"NDRRMC Sitrep No. 7 — Shear Line, Table 2: Affected population\n\n"
"Region | Families inside ECs | Persons inside ECs | Families outside ECs\n"
"Region V | 1,220 | 4,870 | 310\nRegion VIII | 2,045 | 8,166 | 512\n",
'claims': [
  ('displaced', 1220, '1,220', {'hh': True, 'who': 'families', 'ctx': 'Families inside ECs', 'loc': ('Region V', 'PHL')}),
  ('displaced', 4870, '4,870', {'who': 'persons', 'ctx': 'Persons inside ECs', 'loc': ('Region V', 'PHL')}),
  ('displaced', 310, '310', {'hh': True, 'who': 'families', 'ctx': 'Families outside ECs', 'loc': ('Region V', 'PHL')}),
  ('displaced', 2045, '2,045', {'hh': True, 'who': 'families', 'ctx': 'Families inside ECs', 'loc': ('Region VIII', 'PHL')}),
  ('displaced', 8166, '8,166', {'who': 'persons', 'ctx': 'Persons inside ECs', 'loc': ('Region VIII', 'PHL')}),
  ('displaced', 512, '512', {'hh': True, 'who': 'families', 'ctx': 'Families outside ECs', 'loc': ('Region VIII', 'PHL')}),
]})

d({'id': 'rq2-05', 'pub': '2024-09-18', 'lang': 'fr', 'd': {'src': 'UNICEF', 'loc': ('Mali', 'MLI')}, 'text':
"UNICEF Mali — Rapport de situation humanitaire n° 8\nChiffres clés\n\n"
"378 363\npersonnes déplacées internes\n\n1 518\nécoles non fonctionnelles\n\n"
"Les inondations ont fait 47 morts et détruit 6 432 maisons depuis juin.",
'claims': [
  ('displaced', 378363, '378 363\npersonnes déplacées internes', {'who': 'personnes déplacées internes'}),
  ('facilities', 1518, '1 518\nécoles non fonctionnelles', {'who': 'écoles'}),
  ('killed', 47, '47 morts', {'since': ('juin', '2024-06-01')}),
  ('homes', 6432, 'détruit 6 432 maisons', {'since': ('juin', '2024-06-01'), 'who': 'maisons'}),
]})

d({'id': 'rq2-06', 'pub': '2025-03-10', 'fmt': 'pdf', 'd': {'src': 'OCHA', 'loc': ('Malawi', 'MWI')}, 'text':
"OCHA MALAWI FLASH UPDATE No. 1\n\nKEY FIGURES\n8,950 displaced 2,210 houses destroyed 7 dead 31 injured\n",
'claims': [
  ('displaced', 8950, '8,950 displaced'), ('homes', 2210, '2,210 houses destroyed'),
  ('killed', 7, '7 dead'), ('injured', 31, '31 injured'),
]})

d({'id': 'rq2-07', 'pub': '2025-05-02', 'lang': 'ar', 'd': {'src': 'الأونروا', 'loc': ('الضفة الغربية', 'PSE')}, 'text':
"الأونروا: تقرير الحالة رقم 170 بشأن الضفة الغربية\nأرقام رئيسية\n\n"
"نزوح نحو 40,000 شخص من مخيمات شمال الضفة الغربية\nمقتل 52 فلسطينيا منذ 21 كانون الثاني/يناير",
'claims': [
  ('displaced', 40000, 'نزوح نحو 40,000 شخص', {'q': 'ap', 'who': 'شخص'}),
  ('killed', 52, 'مقتل 52 فلسطينيا', {'who': 'فلسطينيا', 'since': ('21 كانون الثاني/يناير', '2025-01-21')}),
]})

d({'id': 'rq2-08', 'pub': '2025-04-15', 'fmt': 'table', 'd': {'src': 'Ministry of Health', 'loc': ('Gaza', 'PSE')}, 'text':
"Ministry of Health Gaza — daily casualty report\n\n"
"Category | Last 24 h | Since 18 March\nKilled | 29 | 1,630\nInjured | 78 | 4,302\n",
'claims': [
  ('killed', 29, '29', {'ctx': 'Killed', 'since': ('Last 24 h', '2025-04-14')}),
  ('killed', 1630, '1,630', {'ctx': 'Killed', 'since': ('18 March', '2025-03-18')}),
  ('injured', 78, '78', {'ctx': 'Injured', 'since': ('Last 24 h', '2025-04-14')}),
  ('injured', 4302, '4,302', {'ctx': 'Injured', 'since': ('18 March', '2025-03-18')}),
]})

d({'id': 'rq2-09', 'pub': '2025-08-12', 'lang': 'es', 'd': {'src': 'Defensa Civil', 'loc': ('Ecuador', 'ECU')}, 'text':
"Defensa Civil — Comunicado de prensa\n\nCifras del evento: 6 fallecidos, 14 heridos, 1 desaparecido, "
"312 personas evacuadas y 98 viviendas destruidas en la provincia de Esmeraldas.",
'claims': [
  ('killed', 6, '6 fallecidos', {'loc': ('provincia de Esmeraldas', 'ECU')}),
  ('injured', 14, '14 heridos', {'loc': ('provincia de Esmeraldas', 'ECU')}),
  ('missing', 1, '1 desaparecido', {'loc': ('provincia de Esmeraldas', 'ECU')}),
  ('displaced', 312, '312 personas evacuadas', {'loc': ('provincia de Esmeraldas', 'ECU')}),
  ('homes', 98, '98 viviendas destruidas', {'who': 'viviendas', 'loc': ('provincia de Esmeraldas', 'ECU')}),
]})

d({'id': 'rq2-10', 'pub': '2025-06-03', 'text':
"Latest updates — 3 June 2025\n\n- Sudan: Drone strike on El Fasher hospital kills 9 (WHO)\n"
"- Afghanistan: Flash floods leave 37 dead, 110 homes destroyed in Baghlan\n"
"- Bangladesh: 1,500 Rohingya refugees arrive in Cox's Bazar in May (UNHCR)",
'claims': [
  ('killed', 9, 'kills 9', {'src': 'WHO', 'loc': ('El Fasher', 'SDN')}),
  ('killed', 37, '37 dead', {'loc': ('Baghlan', 'AFG')}),
  ('homes', 110, '110 homes destroyed', {'loc': ('Baghlan', 'AFG')}),
  ('refugees', 1500, '1,500 Rohingya refugees', {'src': 'UNHCR', 'who': 'rohingya refugees', 'loc': ("Cox's Bazar", 'BGD'), 'since': ('May', '2025-05-01')}),
]})
