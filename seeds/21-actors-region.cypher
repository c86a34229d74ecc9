// Actors the wider region needs: Türkiye and Afghanistan, NATO, the Organization of Turkic
// States, the Union State of Russia and Belarus and the CSTO's rapid-reaction force. MERGE on
// the id, so an actor another seed file also declares is the same node.
// Separatist entities (Transnistria, Abkhazia, South Ossetia, Nagorno-Karabakh) are not
// actors: the data has no kind for an unrecognised entity, so their wars are told through
// the recognised states involved and the notes say who fought.
UNWIND [
  {id: 'TUR', name: 'Türkiye'},
  {id: 'AFG', name: 'Afghanistan'}
] AS row
MERGE (a:Actor {id: row.id})
SET a:State, a.name = row.name, a.kind = 'state';

UNWIND [
  {id: 'NATO', name: 'North Atlantic Treaty Organization', shortName: 'NATO', founded: '1949-04-04', dissolved: null},
  {id: 'OTS', name: 'Organization of Turkic States (Turkic Council until 2021)', shortName: 'OTS', founded: '2009-10-03', dissolved: null},
  {id: 'UNION_STATE', name: 'Union State of Russia and Belarus', shortName: 'Union State', founded: '2000-01-26', dissolved: null},
  {id: 'CSTO_CRRF', name: 'CSTO Collective Rapid Reaction Forces', shortName: 'CSTO CRRF', founded: '2009-06-14', dissolved: null}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Organization, a.name = row.name, a.kind = 'organization', a.shortName = row.shortName, a.founded = date(row.founded), a.dissolved = date(row.dissolved);
