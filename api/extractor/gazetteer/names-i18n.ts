// French, Spanish and Arabic spellings of places the gazetteer knows, keyed by the canonical English name
// (countries get theirs from i18n-iso-countries, see i18n.ts). One line a place:
// "Canonical|spelling,spelling,…". A line may also add a place: "ISO3|division|Name|spelling,…" or
// "ISO3|city|Name|Division|spelling,…".

export const NAMES_I18N = `
Idlib|إدلب,ادلب,Idleb
Aleppo|حلب,Alep,Alepo
Hama|حماة
Homs|حمص
Damascus|دمشق,Damas,Damasco
Daraa|درعا,Deraa
Deir ez-Zor|دير الزور,Deir ez-Zor
Raqqa|الرقة,Raqqa
Ariha|أريحا
Saraqib|سراقب
Maarat al-Numan|معرة النعمان
Khan Sheikhoun|خان شيخون
Latakia|اللاذقية,Lattaquié
Gaza Strip|غزة,قطاع غزة,Gaza,Franja de Gaza,bande de Gaza
Rafah|رفح
Khan Younis|خان يونس
Shujaiya|الشجاعية
Jabalia|جباليا
Sanaa|صنعاء
Aden|عدن
Taiz|تعز
Hodeidah|الحديدة,Hodeïda
Hajjah|حجة
Marib|مأرب
Khartoum|الخرطوم,Jartum
Darfur|دارفور,Darfour
South Darfur|جنوب دارفور,Darfour-Sud
North Darfur|شمال دارفور,Darfour-Nord
El Fasher|الفاشر
Wad Madani|ود مدني
Baghdad|بغداد,Bagdad
Basra|البصرة,Bassorah
Mosul|الموصل,Mossoul
Derna|درنة
Tripoli|طرابلس
Benghazi|بنغازي
North Kivu|Nord-Kivu,Kivu del Norte,شمال كيفو
South Kivu|Sud-Kivu,Kivu del Sur,جنوب كيفو
Port-au-Prince|Puerto Príncipe,بورت أو برنس
Zamfara|زمفارا
Beni|Béni
Tillaberi|Tillabéri
SEN|division|Dakar|داكار
GIN|division|Conakry|كوناكري
CIV|division|Abidjan|أبيدجان
PER|division|Lima|ليما
HND|city|Tegucigalpa|Francisco Morazán|تيغوسيغالبا
ECU|city|Guayaquil|Guayas|غواياكيل
DZA|division|Oran|Orán,وهران
MEX|division|Sinaloa|سينالوا
MEX|city|Culiacán|Sinaloa|Culiacan
MEX|division|Guerrero|
MEX|city|Acapulco|Guerrero|أكابولكو
MEX|division|Tabasco|
ARG|city|Rosario|Santa Fe|
`
