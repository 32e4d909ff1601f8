// French, Spanish and Arabic spellings of places the gazetteer knows, keyed by the canonical English name
// (countries get theirs from i18n-iso-countries, see i18n.ts). One line a place:
// "Canonical|spelling,spelling,…". Arabic spellings that are also common words (صور "pictures", الجزيرة
// "the island", الباب "the door") are left out: the Arabic reader tries every word. A line may also add a place: "ISO3|division|Name|spelling,…" or
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
Jisr al-Shughur|جسر الشغور
Binnish|بنش
Taftanaz|تفتناز
Kafranbel|كفرنبل
Sarmada|سرمدا
Harem|حارم
Atmeh|أطمة
Maaret Musreen|معرة مصرين
Manbij|منبج
Afrin|عفرين
Azaz|أعزاز,اعزاز
Jarabulus|جرابلس
Tal Rifaat|تل رفعت
Atarib|الأتارب
Kobani|كوباني,عين العرب
Kafr Zita|كفرزيتا
Latamneh|اللطامنة
Suqaylabiyah|السقيلبية
Mhardeh|محردة
Salamiyah|السلمية
Palmyra|تدمر,Palmyre,Palmira
Qusayr|القصير
Rastan|الرستن
Talbiseh|تلبيسة
Rif Dimashq|ريف دمشق
Douma|دوما
Eastern Ghouta|الغوطة الشرقية,Ghouta orientale
Harasta|حرستا
Daraya|داريا
Zabadani|الزبداني
Madaya|مضايا
Yarmouk|اليرموك
Jableh|جبلة
Tartus|طرطوس
Baniyas|بانياس
Al-Bukamal|البوكمال
Al-Mayadin|الميادين
Hajin|هجين
Baghouz|الباغوز
Tabqa|الطبقة
Tal Abyad|تل أبيض
Al-Hasakah|الحسكة
Qamishli|القامشلي
Ras al-Ain|رأس العين
Bosra|بصرى
As-Suwayda|السويداء
Quneitra|القنيطرة
Saada|صعدة
Ibb|إب
Dhamar|ذمار
Lahij|لحج
Abyan|أبين
Shabwah|شبوة
Hadramawt|حضرموت
Mukalla|المكلا
Al Mahrah|المهرة
Al Dhale|الضالع
Mocha|المخا
Omdurman|أم درمان
Khartoum North|الخرطوم بحري
West Darfur|غرب دارفور,Darfour-Ouest
Central Darfur|وسط دارفور
East Darfur|شرق دارفور
El Geneina|الجنينة
Nyala|نيالا
Zalingei|زالنجي
North Kordofan|شمال كردفان
South Kordofan|جنوب كردفان
West Kordofan|غرب كردفان
Kadugli|كادقلي
Blue Nile|النيل الأزرق
White Nile|النيل الأبيض
Sennar|سنار
Kassala|كسلا
Gedaref|القضارف
Port Sudan|بورتسودان,بور سودان
Atbara|عطبرة
Zamzam|زمزم
Nineveh|نينوى
Tal Afar|تلعفر
Sinjar|سنجار
Anbar|الأنبار
Ramadi|الرمادي
Fallujah|الفلوجة
Salahuddin|صلاح الدين
Tikrit|تكريت
Samarra|سامراء
Kirkuk|كركوك
Diyala|ديالى
Erbil|أربيل
Sulaymaniyah|السليمانية
Duhok|دهوك
Najaf|النجف
Karbala|كربلاء
Babil|بابل
Dhi Qar|ذي قار
Nasiriyah|الناصرية
Misrata|مصراتة
Sirte|سرت
Sabha|سبها
Zawiya|الزاوية
Syria|Siria
South Korea|Corea del Sur
Democratic Republic of the Congo|República Democrática del Congo,RDC
Myanmar|Birmania
West Bank|الضفة الغربية,Cisjordanie,Cisjordania
Jenin|جنين
Nablus|نابلس,Naplouse
Tulkarm|طولكرم
Ramallah|رام الله
Hebron|الخليل,Hébron
Bethlehem|بيت لحم,Bethléem,Belén
Deir al-Balah|دير البلح
Beit Lahia|بيت لاهيا
Beit Hanoun|بيت حانون
Nuseirat|النصيرات
Bureij|البريج
Al-Mawasi|المواصي
East Jerusalem|القدس الشرقية,Jérusalem-Est,Jerusalén Este
Beirut|بيروت,Beyrouth
Sidon|صيدا,Saïda
Nabatieh|النبطية
Baalbek|بعلبك
Juba|جوبا
Malakal|ملكال
Bentiu|بانتيو
Abyei|أبيي
N'Djamena|نجامينا,إنجامينا
Abeche|أبشي,Abéché
Adre|أدري,Adré
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
FRA|city|Paris|Île-de-France|باريس
SLE|city|Freetown|Western Area|فريتاون
MRT|city|Nouakchott|Nouakchott|نواكشوط
NIC|city|Managua|Managua|ماناغوا
AFG|city|Kabul|Kabul|Kaboul,كابول
CHL|division|Valparaíso|Valparaiso,فالبارايسو
ESP|city|Melilla|Melilla|مليلية
ESP|city|Ceuta|Ceuta|سبتة
MEX|city|Tijuana|Baja California|تيخوانا
MEX|city|Ciudad Juárez|Chihuahua|Ciudad Juarez
MEX|city|Tapachula|Chiapas|
ZAF|city|Durban|KwaZulu-Natal|ديربان
COL|city|Pereira|Risaralda|
COL|city|Mocoa|Putumayo|
COL|city|Tumaco|Nariño|
COL|city|Tierralta|Córdoba|
PAN|division|Darién|Darien,دارين
GTM|division|Escuintla|
PER|division|Puno|بونو
CIV|city|Grand-Bassam|Sud-Comoé|Grand Bassam
MLI|city|Kéniéba|Kayes|Kenieba
NER|city|Téra|Tillabéri|Tera
MOZ|division|Cabo Delgado|كابو ديلغادو
HTI|city|Les Cayes|Sud|
ITA|city|Lampedusa|Sicily|لامبيدوزا
LBY|city|Derna|Cyrenaica|درنة
LBY|city|Tajoura|Tripoli|تاجوراء
LBY|city|Tripoli|Tripoli|طرابلس,Trípoli
LBY|city|Misrata|Misrata|مصراتة
SDN|city|Tawila|North Darfur|طويلة
SDN|city|El Geneina|West Darfur|Geneina,الجنينة
COD|city|Kasindi|North Kivu|
`
