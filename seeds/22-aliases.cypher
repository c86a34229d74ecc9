// Other names people search for: short forms, former and foreign names, abbreviations.
// Search (client/panels/search.ts) matches these as it matches names.
MATCH (a:Actor {id: 'USA'}) SET a.aliases = ['America', 'United States of America', 'US', 'USA'];
MATCH (a:Actor {id: 'TUR'}) SET a.aliases = ['Turkey', 'Turkiye', 'Republic of Türkiye'];
MATCH (a:Actor {id: 'RUS'}) SET a.aliases = ['Russian Federation'];
MATCH (a:Actor {id: 'CHN'}) SET a.aliases = ['People’s Republic of China', 'PRC'];
MATCH (a:Actor {id: 'PRK'}) SET a.aliases = ['DPRK', 'Democratic People’s Republic of Korea'];
MATCH (a:Actor {id: 'IRN'}) SET a.aliases = ['Islamic Republic of Iran', 'Persia'];
MATCH (a:Actor {id: 'SYR'}) SET a.aliases = ['Syrian Arab Republic'];
MATCH (a:Actor {id: 'MDA'}) SET a.aliases = ['Moldavia', 'Republic of Moldova'];
MATCH (a:Actor {id: 'KGZ'}) SET a.aliases = ['Kirghizia', 'Kyrgyz Republic'];
MATCH (a:Actor {id: 'BLR'}) SET a.aliases = ['Byelorussia', 'Belorussia'];
MATCH (a:Actor {id: 'CSTO'}) SET a.aliases = ['Collective Security Treaty Organisation', 'ODKB', 'CSTO'];
MATCH (a:Actor {id: 'CST'}) SET a.aliases = ['Tashkent Treaty', 'Tashkent Pact'];
MATCH (a:Actor {id: 'EAEU'}) SET a.aliases = ['EEU', 'Eurasian Union'];
MATCH (a:Actor {id: 'CIS'}) SET a.aliases = ['SNG'];
MATCH (a:Actor {id: 'SCO'}) SET a.aliases = ['Shanghai Cooperation Organization', 'Shanghai Five'];
MATCH (a:Actor {id: 'NATO'}) SET a.aliases = ['North Atlantic Alliance', 'OTAN'];
MATCH (a:Actor {id: 'OTS'}) SET a.aliases = ['Turkic Council', 'Organization of Turkic States'];
MATCH (a:Actor {id: 'UN'}) SET a.aliases = ['United Nations', 'UNGA'];
MATCH (a:Actor {id: 'EU'}) SET a.aliases = ['EU27'];
MATCH (a:Actor {id: 'UNION_STATE'}) SET a.aliases = ['Union State'];
