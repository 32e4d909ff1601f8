// Classes of the noun a figure counts. The head noun decides whether a number can be a claim at all
// ("35 mortar shells" cannot) and which unit it has ("families" are households).

import { memoize } from '../text/memo.ts'
import { isDemonym } from './gazetteer/index.ts'

export type HeadClass = 'people' | 'households' | 'facility' | 'home' | 'thing' | 'unknown'

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

export const PEOPLE = words(`
  people persons person individuals individual civilians civilian children child kids kid minors minor babies baby
  infants infant newborns women woman men man girls girl boys boy teenagers teenager teens adolescents youths youth
  elderly adults adult soldiers soldier troops trooper troopers servicemen serviceman servicemembers personnel
  officers officer policemen policeman police policewomen gendarmes gendarme guards guard militants militant
  fighters fighter rebels rebel insurgents insurgent jihadists jihadist terrorists terrorist gunmen gunman
  attackers attacker assailants assailant bandits bandit militiamen militiaman militia combatants combatant
  members member workers worker staff staffers employees employee journalists journalist reporters reporter
  photographers medics medic doctors doctor nurses nurse paramedics paramedic patients patient students student
  pupils pupil schoolchildren teachers teacher worshippers worshipers pilgrims passengers passenger migrants
  migrant refugees refugee asylum-seekers residents resident villagers villager farmers farmer herders herder
  fishermen miners miner protesters protester protestors demonstrators demonstrator detainees detainee prisoners
  prisoner inmates inmate hostages hostage captives volunteers volunteer rescuers rescuer firefighters firefighter
  peacekeepers peacekeeper observers officials official humanitarians others victims victim relatives relative
  youngsters youngster kids suspects defenders leaders nationalists neighbors neighbours schoolgirls schoolboys
  nuns chauffeur
  siblings brothers brother sisters sister sons son daughters daughter fathers father mothers mother husbands
  wives wife husband pedestrians bystanders tourists tourist visitors shoppers commuters fans players clerics
  priests monks imams christians muslims sunnis shiites shias yazidis rohingya kurds arabs beings lives souls
  survivors evacuees idps displaced dead wounded injured casualties fatalities bodies corpses mercenaries
  recruits conscripts cadets commanders commander generals general colonels colonel contractors contractor
  humans human citizens citizen nationals national foreigners foreigner settlers settler ethnic sailors
  seafarers crew crewmembers pilots pilot marines marine paratroopers sappers snipers guardsmen reservists
  agents agent spies informants smugglers traffickers pirates poachers herdsmen nomads pastoralists
  homeowners tenants labourers laborers porters drivers driver truckers loyalists separatists secessionists
  partisans dissidents activists activist opposition ones folk folks kin infantrymen
  ppl indiv indivs ind
`)

// "HHs": the abbreviation of humanitarian reports.
export const HOUSEHOLDS = words('families family households household hhs hh')

export const FACILITIES = words(`
  hospitals hospital schools school clinics clinic facilities facility centres centers centre center
  universities university health-care healthcare pharmacies dispensaries faculties colleges installations premises
`)

export const HOMES = words(`
  houses house homes home dwellings dwelling shelters shelter apartments apartment huts hut
  housing residences residence buildings building structures
`)

export const THINGS = words(`
  strikes strike airstrikes airstrike raids raid sorties shells shell rockets rocket missiles missile mortars
  mortar bombs bomb drones drone barrels barrel vehicles vehicle tanks tank trucks truck lorries cars car
  convoys convoy aircraft planes plane jets jet helicopters helicopter warplanes ships ship posts post positions
  position checkpoints checkpoint bases base villages village towns town cities city areas area districts
  district provinces province regions region countries country neighbourhoods neighborhoods km kilometres
  kilometers kilometre kilometer miles mile metres meters metre meter feet hectares acres tonnes tons tonne ton
  kg kilograms dollars dollar euros euro pounds yuan rupees shillings francs dinars riyals lira rubles
  percent per cent days day weeks week months month years year hours hour minutes minute seconds second times
  attacks attack incidents incident cases case weapons weapon guns gun rifles rounds bullets projectiles
  explosions explosion blasts blast operations operation flights flight trips votes seats points goals games
  matches pages words articles doses vaccines tests samples steps floors storeys stories beds meals litres
  liters gallons bags kits packages tents camps camp sites site crossings crossing roads road bridges bridge
  fronts front battalions battalion brigades brigade divisions division units unit companies company squads
  artillery howitzers howitzer launchers launcher cannons tunnels tunnel targets target ammunition mines
  phones laws resolutions articles decades decade centuries century nights night mornings morning weekends
  episodes rounds outposts outpost barracks depots depot warehouses warehouse factories factory farms farm
  acres livestock cattle animals animal sheep goats cows camels chickens trees boats boat vessels vessel
  tonnes containers trucks seconds sq square per billion trillion bn minutes times-more kilos
  communes commune municipalities municipality localities locality counties county woredas woreda upazilas
  upazila governorates governorate lgas subdistricts sub-districts
`)

const SINGULAR_PEOPLE = words(`
  member civilian soldier child person woman man boy girl guard officer policeman journalist worker student
  teacher doctor nurse baby infant teenager farmer fighter militant resident villager driver passenger pilot
  chauffeur priest nun patient refugee migrant protester demonstrator photographer peacekeeper contractor
  toddler teen youth paramedic medic rescuer volunteer reporter cameraman
`)

export function headClass(word: string, asWritten: string, before?: string): HeadClass {
  // "housing units", "residential units"
  if ((before === 'housing' || before === 'residential') && word.replace(/['\u2019]s$/, '') === 'units') {
    return 'home'
  }
  // The same heads come back figure after figure: one look-up instead of a replace and up to seven.
  return asWritten[0] !== word[0] ? titledClass(word) : plainClass(word)
}
const titledClass = memoize((word: string) => classOf(word, true))
const plainClass = memoize((word: string) => classOf(word, false))

function classOf(word: string, titled: boolean): HeadClass {
  const head = word.replace(/['\u2019]s$/, '')
  if (PEOPLE.has(head)) return 'people'
  if (HOUSEHOLDS.has(head)) return 'households'
  if (FACILITIES.has(head)) return 'facility'
  if (HOMES.has(head)) return 'home'
  if (THINGS.has(head)) return 'thing'
  // "Syrians", "Palestinians", "Afghans": a demonym used as a plural noun counts people.
  if (titled && head.endsWith('s') && isDemonym(head.slice(0, -1))) return 'people'
  if (titled && isDemonym(head)) return 'people'
  return 'unknown'
}

// A singular whose plural the people list holds ("a monk", "an imam"): one person. Not the collective
// nouns, whose singular is a body of people ("a force", "a unit").
const COLLECTIVES = words('force forces unit units crew crews staff police troops team teams')

function pluralIsPeople(head: string): boolean {
  return !head.endsWith('s') && !COLLECTIVES.has(head) && PEOPLE.has(`${head}s`)
}

export function isSingularPerson(head: string): boolean {
  return SINGULAR_PEOPLE.has(head)
}

/** "including a monk": one person named in a list of victims, listed or known by its plural. */
export function isOnePersonInList(head: string): boolean {
  return SINGULAR_PEOPLE.has(head) || pluralIsPeople(head)
}
