// Countries and territories: ISO3 | canonical name | other names | demonyms (adjective forms).
// Other names include the transliterations and short forms the news uses ("DRC", "Ivory Coast").
// "Congolese" is DR Congo's: the news says it of the FARDC, Kinshasa and the east far more than of Brazzaville.

export const COUNTRIES = `
AFG|Afghanistan||Afghan,Afghani
ALB|Albania||Albanian
DZA|Algeria||Algerian
AGO|Angola||Angolan
ARG|Argentina||Argentine,Argentinian
ARM|Armenia||Armenian
AUS|Australia||Australian
AUT|Austria||Austrian
AZE|Azerbaijan||Azerbaijani,Azeri
BHR|Bahrain||Bahraini
BGD|Bangladesh||Bangladeshi
BLR|Belarus||Belarusian
BEL|Belgium||Belgian
BEN|Benin||Beninese
BTN|Bhutan||Bhutanese
BOL|Bolivia||Bolivian
BIH|Bosnia and Herzegovina|Bosnia|Bosnian
BWA|Botswana||Botswanan
BRA|Brazil||Brazilian
BGR|Bulgaria||Bulgarian
BFA|Burkina Faso|Burkina|Burkinabe,Burkinabè
BDI|Burundi||Burundian
KHM|Cambodia||Cambodian
CMR|Cameroon||Cameroonian
CAN|Canada||Canadian
CAF|Central African Republic|CAR,Centrafrique|Central African
TCD|Chad||Chadian
CHL|Chile||Chilean
CHN|China||Chinese
COL|Colombia||Colombian
COM|Comoros||Comoran
COG|Republic of the Congo|Congo-Brazzaville,Congo Brazzaville|
COD|Democratic Republic of the Congo|DR Congo,DRC,D.R. Congo,Congo-Kinshasa,DR of Congo,Democratic Republic of Congo,Congo|Congolese
CRI|Costa Rica||Costa Rican
CIV|Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|Ivorian
HRV|Croatia||Croatian
CUB|Cuba||Cuban
CYP|Cyprus||Cypriot
CZE|Czech Republic|Czechia|Czech
DNK|Denmark||Danish
DJI|Djibouti||Djiboutian
DOM|Dominican Republic||Dominican
ECU|Ecuador||Ecuadorian
EGY|Egypt||Egyptian
SLV|El Salvador||Salvadoran
GNQ|Equatorial Guinea||Equatoguinean
ERI|Eritrea||Eritrean
EST|Estonia||Estonian
SWZ|Eswatini|Swaziland|Swazi
ETH|Ethiopia||Ethiopian
FJI|Fiji||Fijian
FIN|Finland||Finnish
FRA|France||French
GAB|Gabon||Gabonese
GMB|Gambia|The Gambia|Gambian
GEO|Georgia||Georgian
DEU|Germany||German
GHA|Ghana||Ghanaian
GRC|Greece||Greek
GTM|Guatemala||Guatemalan
GIN|Guinea|Guinea-Conakry|Guinean
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean
GUY|Guyana||Guyanese
HTI|Haiti||Haitian
HND|Honduras||Honduran
HUN|Hungary||Hungarian
IND|India||Indian
IDN|Indonesia||Indonesian
IRN|Iran||Iranian
IRQ|Iraq||Iraqi
IRL|Ireland||Irish
ISR|Israel||Israeli
ITA|Italy||Italian
JAM|Jamaica||Jamaican
JPN|Japan||Japanese
JOR|Jordan||Jordanian
KAZ|Kazakhstan||Kazakh
KEN|Kenya||Kenyan
PRK|North Korea|DPRK|North Korean
KOR|South Korea|Korea|South Korean,Korean
XKX|Kosovo||Kosovar
KWT|Kuwait||Kuwaiti
KGZ|Kyrgyzstan||Kyrgyz
LAO|Laos||Lao,Laotian
LVA|Latvia||Latvian
LBN|Lebanon||Lebanese
LSO|Lesotho||Basotho
LBR|Liberia||Liberian
LBY|Libya||Libyan
LTU|Lithuania||Lithuanian
MDG|Madagascar||Malagasy
MWI|Malawi||Malawian
MYS|Malaysia||Malaysian
MDV|Maldives||Maldivian
MLI|Mali||Malian
MRT|Mauritania||Mauritanian
MEX|Mexico||Mexican
MDA|Moldova||Moldovan
MNG|Mongolia||Mongolian
MNE|Montenegro||Montenegrin
MAR|Morocco||Moroccan
MOZ|Mozambique||Mozambican
MMR|Myanmar|Burma|Burmese,Myanmarese
NAM|Namibia||Namibian
NPL|Nepal||Nepali,Nepalese
NLD|Netherlands|Holland|Dutch
NZL|New Zealand||New Zealander
NIC|Nicaragua||Nicaraguan
NER|Niger||Nigerien
NGA|Nigeria||Nigerian
MKD|North Macedonia|Macedonia|Macedonian
NOR|Norway||Norwegian
OMN|Oman||Omani
PAK|Pakistan||Pakistani
PSE|Palestine|Palestinian territories,occupied Palestinian territory,State of Palestine|Palestinian
PAN|Panama||Panamanian
PNG|Papua New Guinea||Papua New Guinean
PRY|Paraguay||Paraguayan
PER|Peru||Peruvian
PHL|Philippines|the Philippines|Filipino,Philippine
POL|Poland||Polish
PRT|Portugal||Portuguese
QAT|Qatar||Qatari
ROU|Romania||Romanian
RUS|Russia|Russian Federation|Russian
RWA|Rwanda||Rwandan
SAU|Saudi Arabia|Saudi|Saudi
SEN|Senegal||Senegalese
SRB|Serbia||Serbian
SLE|Sierra Leone||Sierra Leonean
SGP|Singapore||Singaporean
SVK|Slovakia||Slovak
SVN|Slovenia||Slovenian
SOM|Somalia||Somali
ZAF|South Africa||South African
SSD|South Sudan||South Sudanese
ESP|Spain||Spanish
LKA|Sri Lanka||Sri Lankan
SDN|Sudan||Sudanese
SUR|Suriname||Surinamese
SWE|Sweden||Swedish
CHE|Switzerland||Swiss
SYR|Syria|Syrian Arab Republic|Syrian
TWN|Taiwan||Taiwanese
TJK|Tajikistan||Tajik
TZA|Tanzania||Tanzanian
THA|Thailand||Thai
TLS|Timor-Leste|East Timor|Timorese
TGO|Togo||Togolese
TTO|Trinidad and Tobago||Trinidadian
TUN|Tunisia||Tunisian
TUR|Turkey|Türkiye,Turkiye|Turkish
TKM|Turkmenistan||Turkmen
UGA|Uganda||Ugandan
UKR|Ukraine|the Ukraine|Ukrainian
ARE|United Arab Emirates|UAE,Emirates|Emirati
GBR|United Kingdom|Britain,Great Britain,UK,U.K.,England,Scotland,Wales|British
USA|United States|US,U.S.,USA,America,United States of America|American
URY|Uruguay||Uruguayan
UZB|Uzbekistan||Uzbek
VEN|Venezuela||Venezuelan
VNM|Vietnam|Viet Nam|Vietnamese
YEM|Yemen||Yemeni
ZMB|Zambia||Zambian
ZWE|Zimbabwe||Zimbabwean
ESH|Western Sahara||Sahrawi
`
