# reports-r2 (session 16): held back, never tuned on. Same kinds of credit as r1, other texts.
docs = []
d = docs.append

d({'id': 'rr2-01', 'pub': '2024-09-20', 'd': {'src': 'WFP', 'loc': ('Myanmar', 'MMR')}, 'text':
"WFP | Myanmar Typhoon Yagi Response | Update 2 | 20 September 2024\n\n"
"• The floods have killed 293 people, and 89 remain missing.\n"
"• Nearly 320,000 people were forced from their homes in Mandalay, Bago and Shan.",
'claims': [
  ('killed', 293, 'killed 293 people'),
  ('missing', 89, '89 remain missing'),
  ('displaced', 320000, 'Nearly 320,000 people were forced from their homes', {'q': 'ap', 'loc': ('Mandalay, Bago and Shan', 'MMR')}),
]})

d({'id': 'rr2-02', 'pub': '2023-09-18', 'd': {'loc': ('Libya', 'LBY')}, 'text':
"LIBYA: Storm Daniel – figures by municipality\n\n"
"Municipality | Dead | Missing\n"
"Derna | 3,845 | 3,400\n"
"Al Bayda | 70 | 12\n\n"
"Source: Libyan Red Crescent (figures of 17 September)",
'claims': [
  ('killed', 3845, '3,845', {'ctx': 'Dead', 'src': 'Libyan Red Crescent', 'loc': ('Derna', 'LBY')}),
  ('missing', 3400, '3,400', {'ctx': 'Missing', 'src': 'Libyan Red Crescent', 'loc': ('Derna', 'LBY')}),
  ('killed', 70, '70', {'ctx': 'Dead', 'src': 'Libyan Red Crescent', 'loc': ('Al Bayda', 'LBY')}),
  ('missing', 12, '12', {'ctx': 'Missing', 'src': 'Libyan Red Crescent', 'loc': ('Al Bayda', 'LBY')}),
]})

d({'id': 'rr2-03', 'pub': '2024-02-12', 'd': {'loc': ('Chile', 'CHL')}, 'text':
"Valparaíso fires — impact summary\n"
"Fatalities† 131\n"
"Homes destroyed‡ 7,000\n"
"People in shelters‡ 1,600\n"
"† Legal Medical Service\n"
"‡ Ministry of Housing",
'claims': [
  ('killed', 131, '131', {'ctx': 'Fatalities', 'src': 'Legal Medical Service'}),
  ('homes', 7000, '7,000', {'ctx': 'Homes destroyed', 'src': 'Ministry of Housing', 'who': 'homes'}),
  ('displaced', 1600, '1,600', {'ctx': 'People in shelters', 'src': 'Ministry of Housing'}),
]})

d({'id': 'rr2-04', 'pub': '2024-10-15', 'd': {'src': 'OCHA', 'loc': ('Sudan', 'SDN')}, 'text':
"Sudan: El Fasher – Flash Update No. 7 (OCHA), 15 October 2024\n\n"
"• According to the Health Cluster, 14 health facilities in El Fasher have stopped working.\n"
"• An estimated 25,000 people fled Abu Shouk camp in the past week.\n"
"• The Ministry of Health said 57 civilians were killed in shelling on 12 October.",
'claims': [
  ('facilities', 14, '14 health facilities in El Fasher have stopped working', {'src': 'Health Cluster', 'who': 'health facilities', 'loc': ('El Fasher', 'SDN')}),
  ('displaced', 25000, 'An estimated 25,000 people fled', {'q': 'ap', 'loc': ('Abu Shouk camp', 'SDN')}),
  ('killed', 57, '57 civilians were killed', {'src': 'Ministry of Health', 'who': 'civilians', 'as_of': '2024-10-12'}),
]})

d({'id': 'rr2-05', 'pub': '2024-07-08', 'lang': 'es', 'd': {'src': 'COPECO', 'loc': ('Honduras', 'HND')}, 'text':
"HONDURAS: Temporada lluviosa – Informe COPECO No. 9\n"
"Personas fallecidas: 12\n"
"Personas albergadas: 3.480\n"
"Viviendas dañadas: 1.215",
'claims': [
  ('killed', 12, 'Personas fallecidas: 12'),
  ('displaced', 3480, 'Personas albergadas: 3.480', {'who': 'personas'}),
  ('homes', 1215, 'Viviendas dañadas: 1.215', {'who': 'viviendas'}),
]})

d({'id': 'rr2-06', 'pub': '2024-09-23', 'lang': 'fr', 'd': {'loc': ('Niger', 'NER')}, 'text':
"NIGER – Inondations 2024 : situation par région\n"
"Région ; Décès ; Maisons effondrées ; Source\n"
"Maradi ; 75 ; 9 800 ; Direction régionale de la protection civile\n"
"Zinder ; 61 ; 12 300 ; OCHA\n",
'claims': [
  ('killed', 75, '75', {'ctx': 'Décès', 'src': 'Direction régionale de la protection civile', 'loc': ('Maradi', 'NER')}),
  ('homes', 9800, '9 800', {'ctx': 'Maisons effondrées', 'src': 'Direction régionale de la protection civile', 'loc': ('Maradi', 'NER'), 'who': 'maisons'}),
  ('killed', 61, '61', {'ctx': 'Décès', 'src': 'OCHA', 'loc': ('Zinder', 'NER')}),
  ('homes', 12300, '12 300', {'ctx': 'Maisons effondrées', 'src': 'OCHA', 'loc': ('Zinder', 'NER'), 'who': 'maisons'}),
]})

d({'id': 'rr2-07', 'pub': '2023-10-25', 'lang': 'ar', 'd': {'src': 'وزارة الصحة', 'loc': ('اليمن', 'YEM')}, 'text':
"اليمن: إعصار تيج – الأرقام الرئيسية\n"
"الوفيات: 4\n"
"المفقودون: 11\n"
"الأسر النازحة: 2,180\n"
"المصدر: وزارة الصحة، 24 أكتوبر",
'claims': [
  ('killed', 4, 'الوفيات: 4'),
  ('missing', 11, 'المفقودون: 11'),
  ('displaced', 2180, 'الأسر النازحة: 2,180', {'hh': True, 'who': 'الأسر'}),
]})

d({'id': 'rr2-08', 'pub': '2024-06-11', 'd': {'src': 'DTM', 'loc': ('Haiti', 'HTI')}, 'text':
"HAITI | Displacement Tracking Matrix (DTM) | Round 7 | June 2024\n\n"
"Department | IDPs | Sites\n"
"Ouest | 310,000 | 96\n"
"Artibonite | 91,500 | 12\n",
'claims': [
  ('displaced', 310000, '310,000', {'ctx': 'IDPs', 'loc': ('Ouest', 'HTI'), 'who': 'idps'}),
  ('displaced', 91500, '91,500', {'ctx': 'IDPs', 'loc': ('Artibonite', 'HTI'), 'who': 'idps'}),
]})

d({'id': 'rr2-09', 'pub': '2024-09-10', 'd': {'src': 'UN Resident Coordinator Office', 'loc': ('Viet Nam', 'VNM')}, 'text':
"Viet Nam: Typhoon Yagi  Situation Update 2  UN Resident Coordinator Office  10 September 2024\n"
"Deaths 197\n"
"Missing 128\n"
"Injured 871\n"
"Houses damaged 139,000",
'claims': [
  ('killed', 197, 'Deaths 197'),
  ('missing', 128, 'Missing 128'),
  ('injured', 871, 'Injured 871'),
  ('homes', 139000, 'Houses damaged 139,000', {'who': 'houses'}),
]})

d({'id': 'rr2-10', 'pub': '2024-04-30', 'd': {'loc': ('Kenya', 'KEN')}, 'text':
"Kenya floods: county overview, 30 April 2024\n\n"
"Deaths 179 | Displaced 190,000\n\n"
"Data: Kenya Red Cross and Ministry of Interior",
'claims': [
  ('killed', 179, 'Deaths 179'),
  ('displaced', 190000, 'Displaced 190,000'),
]})
