# reports-s2 (session 16): held back, never tuned on; the shapes of reports-s in other wordings.
docs = []
d = docs.append

d({'id': 'rs2-01', 'pub': '2025-08-18', 'd': {'src': 'WHO'}, 'text':
"WHO Chad | Hepatitis E and cholera bulletin\n"
"Deaths since 28 July: 96 (including 31 children under five)\n"
"Hospitalised since 28 July: 1,402\n"
"Suspected cases: 6,870\n"
"Funding required: US$ 9 million",
'claims': [
  ('killed', 96, 'Deaths since 28 July: 96', {'since': ('28 July', '2025-07-28')}),
  ('killed', 31, '31 children', {'who': 'children under five', 'ctx': 'Deaths since 28 July', 'since': ('28 July', '2025-07-28')}),
]})

d({'id': 'rs2-02', 'pub': '2024-10-22', 'fmt': 'csv', 'd': {'src': 'UNHCR'}, 'text':
"UNHCR Ethiopia | Arrivals from Sudan by entry point\n"
"Entry point,Arrivals (Oct),Total refugees\n"
"Metema,4,120,38,600\n"
"Kurmuk,950,21,430",
'claims': [
  ('refugees', 4120, '4,120', {'ctx': 'Arrivals (Oct)'}),
  ('refugees', 38600, '38,600', {'ctx': 'Total refugees', 'who': 'refugees'}),
  ('refugees', 950, '950', {'ctx': 'Arrivals (Oct)'}),
  ('refugees', 21430, '21,430', {'ctx': 'Total refugees', 'who': 'refugees'}),
]})

d({'id': 'rs2-03', 'pub': '2024-01-05', 'd': {'src': 'National Disaster Management Organisation'}, 'text':
"Japan: Noto earthquake – damage by town (National Disaster Management Organisation, 5 Jan 2024)\n"
"Town            Deaths   Missing   Houses collapsed\n"
"Wajima          59       31        1,120\n"
"Suzu            23       5         860\n",
'claims': [
  ('killed', 59, '59', {'ctx': 'Deaths'}),
  ('missing', 31, '31', {'ctx': 'Missing'}),
  ('homes', 1120, '1,120', {'ctx': 'Houses collapsed', 'who': 'houses'}),
  ('killed', 23, '23', {'ctx': 'Deaths'}),
  ('missing', 5, '5', {'ctx': 'Missing'}),
  ('homes', 860, '860', {'ctx': 'Houses collapsed', 'who': 'houses'}),
]})

d({'id': 'rs2-04', 'pub': '2025-03-31', 'text':
"YEMEN RESPONSE | Snapshot | March 2025\n"
"MARIB  IDPs 1.6M  Schools damaged 212\n"
"TAIZ  IDPs 640K  Health facilities closed 31\n"
"People in need: 19.5M",
'claims': [
  ('displaced', 1600000, 'IDPs 1.6M', {'loc': ('MARIB', 'YEM')}),
  ('facilities', 212, 'Schools damaged 212', {'loc': ('MARIB', 'YEM'), 'who': 'schools'}),
  ('displaced', 640000, 'IDPs 640K', {'loc': ('TAIZ', 'YEM')}),
  ('facilities', 31, 'Health facilities closed 31', {'loc': ('TAIZ', 'YEM'), 'who': 'health facilities'}),
]})

d({'id': 'rs2-05', 'pub': '2024-07-08', 'd': {'src': 'Department of Disaster Management'}, 'text':
"Department of Disaster Management – Flood bulletin\n\n"
"Floods in Sylhet destroyed 2,140 houses completely and 18,900 partially. Seven people drowned and nearly 96,000 "
"people were moved to 1,300 flood shelters. 410 km of roads were damaged.",
'claims': [
  ('homes', 2140, 'destroyed 2,140 houses completely', {'who': 'houses'}),
  ('homes', 18900, '18,900 partially', {'who': 'houses'}),
  ('killed', 7, 'Seven people drowned'),
  ('displaced', 96000, 'nearly 96,000 people were moved to 1,300 flood shelters', {'q': 'ap'}),
]})

d({'id': 'rs2-06', 'pub': '2025-05-19', 'd': {'src': 'OCHA'}, 'text':
"OCHA Haiti – Humanitarian Update No. 21\n\n"
"Education\n1,600 schools are closed in the West department; 92 were burned by gangs.\n\n"
"Displacement\nThe IOM count stands at 1.3 million displaced people, including 226,000 in 246 spontaneous sites.",
'claims': [
  ('facilities', 1600, '1,600 schools are closed', {'who': 'schools'}),
  ('facilities', 92, '92 were burned', {'who': 'schools'}),
  ('displaced', 1300000, '1.3 million displaced people', {'src': 'IOM'}),
  ('displaced', 226000, '226,000 in 246 spontaneous sites', {'src': 'IOM'}),
]})

d({'id': 'rs2-07', 'pub': '2024-11-18', 'd': {'src': 'DTM'}, 'text':
"DTM Sudan – Flash alert\n"
"► 1,450 HHs (7,250 ind.) displaced from Sinja town\n"
"► Destinations: Ad Damazine (600 HHs), Gedaref (510 HHs)\n",
'claims': [
  ('displaced', 1450, '1,450 HHs', {'unit': 'households', 'who': 'households'}),
  ('displaced', 7250, '7,250 ind.) displaced', {'who': 'individuals'}),
  ('displaced', 600, 'Ad Damazine (600 HHs)', {'unit': 'households', 'who': 'households'}),
  ('displaced', 510, 'Gedaref (510 HHs)', {'unit': 'households', 'who': 'households'}),
]})

d({'id': 'rs2-08', 'pub': '2024-10-30', 'd': {'src': 'OCHA'}, 'text':
"Lebanon – OCHA Flash Update No. 40\n"
"Since 8 October 2023:\n"
"Displaced (inside / abroad): 880,000 / 510,000\n"
"Deaths: 2,790 — injuries: 12,760\n",
'claims': [
  ('displaced', 880000, '880,000', {'ctx': 'Displaced (inside / abroad)', 'since': ('8 October 2023', '2023-10-08')}),
  ('displaced', 510000, '510,000', {'ctx': 'Displaced (inside / abroad)', 'since': ('8 October 2023', '2023-10-08')}),
  ('killed', 2790, 'Deaths: 2,790', {'since': ('8 October 2023', '2023-10-08')}),
  ('injured', 12760, 'injuries: 12,760', {'since': ('8 October 2023', '2023-10-08')}),
]})

d({'id': 'rs2-09', 'pub': '2024-06-03', 'lang': 'es', 'd': {'src': 'Defensa Civil'}, 'text':
"ECUADOR: Inundaciones – Balance (Defensa Civil, 3 de junio de 2024)\n"
"Fallecidos: 23 (17 en la provincia de Tungurahua)\n"
"Heridos: 61\n"
"Familias albergadas: 1.240\n",
'claims': [
  ('killed', 23, 'Fallecidos: 23', {'who': 'personas'}),
  ('killed', 17, '17 en la provincia de Tungurahua', {'ctx': 'Fallecidos', 'who': 'personas'}),
  ('injured', 61, 'Heridos: 61', {'who': 'personas'}),
  ('displaced', 1240, 'Familias albergadas: 1.240', {'unit': 'households', 'who': 'familias'}),
]})

d({'id': 'rs2-10', 'pub': '2025-02-12', 'd': {'src': 'IOM'}, 'text':
"IOM Mozambique – Cabo Delgado snapshot\n"
"Newly displaced in January: 14,900 (+40 % on December)\n"
"IDPs in Cabo Delgado: 602,000, down from 640,000 in October.\n"
"Returnees: 598,000\n",
'claims': [
  ('displaced', 14900, 'Newly displaced in January: 14,900'),
  ('displaced', 602000, 'IDPs in Cabo Delgado: 602,000', {'loc': ('Cabo Delgado', 'MOZ')}),
  ('displaced', 640000, 'down from 640,000', {'loc': ('Cabo Delgado', 'MOZ')}),
]})
