// Security memberships: the 1992 Collective Security Treaty and the CSTO, with Armenia's
// freeze of its CSTO participation and the CSTO's observer seat at the UN General Assembly.
UNWIND [
  {id: 'arm-member-of-cst', from: 'ARM', to: 'CST', start: '1992-05-15', end: '2002-10-07', precision: 'day', sources: ['cst-1992', 'wikipedia-csto'], note: 'Signed the treaty in Tashkent as an original party. It entered into force on 20 April 1994 and the treaty framework became the CSTO in October 2002.'},
  {id: 'kaz-member-of-cst', from: 'KAZ', to: 'CST', start: '1992-05-15', end: '2002-10-07', precision: 'day', sources: ['cst-1992', 'wikipedia-csto'], note: 'Original signatory in Tashkent, renewed the treaty in 1999 and carried on into the CSTO.'},
  {id: 'kgz-member-of-cst', from: 'KGZ', to: 'CST', start: '1992-05-15', end: '2002-10-07', precision: 'day', sources: ['cst-1992', 'wikipedia-csto'], note: 'Original signatory in Tashkent, renewed the treaty in 1999 and carried on into the CSTO.'},
  {id: 'rus-member-of-cst', from: 'RUS', to: 'CST', start: '1992-05-15', end: '2002-10-07', precision: 'day', sources: ['cst-1992', 'wikipedia-csto'], note: 'Original signatory and leading party of the treaty until it was turned into the CSTO.'},
  {id: 'tjk-member-of-cst', from: 'TJK', to: 'CST', start: '1992-05-15', end: '2002-10-07', precision: 'day', sources: ['cst-1992', 'wikipedia-csto'], note: 'Original signatory in Tashkent, renewed the treaty in 1999 and carried on into the CSTO.'},
  {id: 'uzb-member-of-cst', from: 'UZB', to: 'CST', start: '1992-05-15', end: '1999-04-20', precision: 'day', sources: ['cst-1992', 'wikipedia-csto', 'tass-2012-06-28'], note: 'Signed in Tashkent in 1992 (in force from 20 April 1994) but did not sign the April 1999 renewal protocol, so it dropped out when the first five-year term ran out.'},
  {id: 'aze-member-of-cst', from: 'AZE', to: 'CST', start: '1993-09-24', end: '1999-04-20', precision: 'day', sources: ['wikipedia-csto'], note: 'Acceded in September 1993 and left in 1999 by declining to renew the treaty for a second term.'},
  {id: 'geo-member-of-cst', from: 'GEO', to: 'CST', start: '1993-12-09', end: '1999-04-20', precision: 'day', sources: ['wikipedia-csto'], note: 'Acceded in December 1993 and left in 1999 by not renewing. Some secondary pages give 9 September 1993 for the accession, the English Wikipedia record gives 9 December.'},
  {id: 'blr-member-of-cst', from: 'BLR', to: 'CST', start: '1993-12-31', end: '2002-10-07', precision: 'day', sources: ['wikipedia-csto'], note: 'Acceded on the last day of 1993, renewed in 1999 and became a founding member of the CSTO.'},
  {id: 'arm-member-of-csto', from: 'ARM', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'aviles-2025', 'jafarli-2024'], note: 'Founding member under the Chisinau charter (in force 18 September 2003). Armenia has not formally withdrawn, see its 2024 freeze. Jafarli dates the organisation to 1992, which is the treaty year, not the charter year.'},
  {id: 'blr-member-of-csto', from: 'BLR', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'agazade-2021'], note: 'Founding member of the organisation under the 2002 charter.'},
  {id: 'kaz-member-of-csto', from: 'KAZ', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'agazade-2021'], note: 'Founding member of the organisation under the 2002 charter.'},
  {id: 'kgz-member-of-csto', from: 'KGZ', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'agazade-2021'], note: 'Founding member. Woodward leaves Kyrgyzstan out of her list of members, but the record shows it never left.'},
  {id: 'rus-member-of-csto', from: 'RUS', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'agazade-2021'], note: 'Founding member and dominant power of the organisation, which is headquartered in Moscow.'},
  {id: 'tjk-member-of-csto', from: 'TJK', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['csto-charter-2002', 'agazade-2021'], note: 'Founding member of the organisation under the 2002 charter.'},
  {id: 'uzb-member-of-csto-2006', from: 'UZB', to: 'CSTO', start: '2006-08-16', end: '2012-12-19', precision: 'day', sources: ['tass-2012-06-28', 'tass-2012-12-19', 'panarmenian-2006-06-24', 'agazade-2021', 'aviles-2025'], note: 'Return announced at the Minsk summit of 23 June 2006 and fixed in a protocol of 16 August 2006. Tashkent sent a suspension note in June 2012 and the CSTO leaders formally suspended it on 19 December 2012.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'arm-froze-participation-in-csto-2024', from: 'ARM', to: 'CSTO', start: '2024-02-22', end: null, precision: 'day', sources: ['oc-media-2024-02-23', 'asbarez-2024-02-23', 'aviles-2025', 'jafarli-2024', 'woodward-2025'], note: 'Pashinyan told France 24 in an interview aired on 22 February 2024 that Armenia had in practice frozen its part in the bloc, which had failed it in 2021 and 2022. Woodward goes further and says Armenia pulled out, but no formal withdrawal has taken place.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:FROZE_PARTICIPATION_IN {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'csto-observer-of-un-2004', from: 'CSTO', to: 'UN', start: '2004-12-02', end: null, precision: 'day', sources: ['un-ares-59-50', 'aviles-2025'], note: 'The General Assembly invited the CSTO to take part in its sessions as an observer in December 2004.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:OBSERVER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;
