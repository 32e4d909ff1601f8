// What a figure's place really is, from the most to the least precise (as UCDP's where_prec): apart from
// the gazetteer so that API schemas, and through them the dashboard's types, need not load it.
export type Precision = 'site' | 'town' | 'district' | 'province' | 'country' | 'unknown'
export const PRECISIONS: Precision[] = ['site', 'town', 'district', 'province', 'country', 'unknown']
