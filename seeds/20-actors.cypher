// Actors: the states (ISO 3166-1 alpha-3 ids) and organizations that some relation uses.
UNWIND [
  {id: 'ARM', name: 'Armenia'},
  {id: 'AZE', name: 'Azerbaijan'},
  {id: 'BLR', name: 'Belarus'},
  {id: 'KAZ', name: 'Kazakhstan'},
  {id: 'KGZ', name: 'Kyrgyzstan'},
  {id: 'TJK', name: 'Tajikistan'},
  {id: 'UZB', name: 'Uzbekistan'},
  {id: 'TKM', name: 'Turkmenistan'},
  {id: 'RUS', name: 'Russia'},
  {id: 'UKR', name: 'Ukraine'},
  {id: 'GEO', name: 'Georgia'},
  {id: 'MDA', name: 'Moldova'},
  {id: 'CHN', name: 'China'},
  {id: 'USA', name: 'United States'},
  {id: 'IND', name: 'India'},
  {id: 'PAK', name: 'Pakistan'},
  {id: 'JPN', name: 'Japan'},
  {id: 'MNG', name: 'Mongolia'},
  {id: 'SYR', name: 'Syria'},
  {id: 'PRK', name: 'North Korea'},
  {id: 'IRN', name: 'Iran'},
  {id: 'CUB', name: 'Cuba'},
  {id: 'TUR', name: 'Türkiye'},
  {id: 'AFG', name: 'Afghanistan'}
] AS row
MERGE (a:Actor {id: row.id})
SET a:State, a.name = row.name, a.kind = 'state';

UNWIND [
  {id: 'CST', name: 'Collective Security Treaty (Tashkent Treaty)', shortName: 'CST', founded: '1992-05-15', dissolved: '2002-10-07'},
  {id: 'CSTO', name: 'Collective Security Treaty Organization', shortName: 'CSTO', founded: '2002-10-07', dissolved: null},
  {id: 'GUAM', name: 'GUAM Organization for Democracy and Economic Development', shortName: 'GUAM', founded: '1997-10-10', dissolved: null},
  {id: 'EAEU', name: 'Eurasian Economic Union', shortName: 'EAEU', founded: '2015-01-01', dissolved: null},
  {id: 'C5PLUS1', name: 'C5+1 (Central Asian states and the United States)', shortName: 'C5+1', founded: '2015-09-26', dissolved: null},
  {id: 'SCO', name: 'Shanghai Cooperation Organisation', shortName: 'SCO', founded: '2001-06-15', dissolved: null},
  {id: 'CIS', name: 'Commonwealth of Independent States', shortName: 'CIS', founded: '1991-12-08', dissolved: null},
  {id: 'EU', name: 'European Union', shortName: 'EU', founded: '1993-11-01', dissolved: null},
  {id: 'UN', name: 'United Nations General Assembly', shortName: 'UNGA', founded: '1945-10-24', dissolved: null},
  {id: 'OSCE', name: 'Organization for Security and Co-operation in Europe', shortName: 'OSCE', founded: '1995-01-01', dissolved: null},
  {id: 'CCA', name: 'China–Central Asia Summit', shortName: 'China–Central Asia', founded: '2023-05-18', dissolved: null}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Organization, a.name = row.name, a.kind = 'organization', a.shortName = row.shortName, a.founded = date(row.founded), a.dissolved = date(row.dissolved);
