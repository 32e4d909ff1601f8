import { resolvePlace, resolveArticlePlaces } from './api/geo/resolve.ts'
import { gazetteerSize } from './api/geo/gazetteer.ts'
console.log(gazetteerSize())
for (const [l, c] of [['Khan Sheikhoun', 'SYR'], ['Khan Shaykhun', null], ['Khan Sheikhun', null], ['southern Idlib', 'SYR'], ['Idlib', null], ['Syria', null], ['Tripoli', null], ['Tripoli', 'LBY'], ['Idlib province', null], ['Gaza', null], ['Al-Hol camp', null], ['Maarat al-Numan', null], ['Kharkiv', null], ['Bakhmut', null], ['El Fasher', null], ['Aleppo', null], ['Nowhere', 'SYR'], [null, 'SYR'], ['Georgia', null], ['Syrie', null], ['سوريا', null]] as [string|null,string|null][])
  console.log(l, c, JSON.stringify(resolvePlace({ location: l, country: c })))
console.log(JSON.stringify(resolveArticlePlaces([{location:'Benghazi',country:null},{location:'Tripoli',country:null}])))
