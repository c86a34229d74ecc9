// NATO and the ways into and around it: members in the region (the United States, Türkiye),
// the Partnership for Peace, individual action plans, the Georgian and Ukrainian bids; the
// Turkic states; Ukraine's and Moldova's paths out of the CIS and toward the EU; the Union
// State; the CSTO's rapid-reaction force.
// The Partnership for Peace is a NATO programme, not a body with members of its own, so a
// partner's signature of the framework document is PARTNER_OF NATO (which the alignment
// score counts toward NATO), and the action plans are PARTNER_OF events on top of it.
UNWIND [
  {id: 'usa-member-of-nato', from: 'USA', to: 'NATO', start: '1949-04-04', end: null, precision: 'day', sources: ['mfa-gr-nato', 'orsam-nato-turkey'], note: 'One of the twelve founders that signed the North Atlantic Treaty in Washington in April 1949.'},
  {id: 'tur-member-of-nato', from: 'TUR', to: 'NATO', start: '1952-02-18', end: null, precision: 'day', sources: ['nato-greece-turkey-2012', 'orsam-nato-turkey'], note: 'Invited with Greece at the Ottawa meeting of September 1951, it became a member when its instrument of accession was deposited in Washington, in the alliance\'s first enlargement.'},
  {id: 'tur-member-of-ots', from: 'TUR', to: 'OTS', start: '2009-10-03', end: null, precision: 'day', sources: ['trend-2022-11-10', 'wikipedia-ots'], note: 'Signed the Nakhchivan Agreement that set up the Cooperation Council of Turkic Speaking States, whose secretariat sits in Istanbul.'},
  {id: 'aze-member-of-ots', from: 'AZE', to: 'OTS', start: '2009-10-03', end: null, precision: 'day', sources: ['trend-2022-11-10', 'wikipedia-ots'], note: 'Host and founding signatory of the Nakhchivan Agreement.'},
  {id: 'kaz-member-of-ots', from: 'KAZ', to: 'OTS', start: '2009-10-03', end: null, precision: 'day', sources: ['trend-2022-11-10', 'wikipedia-ots'], note: 'Founding signatory; Nazarbayev had first floated the council in 2006.'},
  {id: 'kgz-member-of-ots', from: 'KGZ', to: 'OTS', start: '2009-10-03', end: null, precision: 'day', sources: ['trend-2022-11-10', 'wikipedia-ots'], note: 'Founding signatory of the Nakhchivan Agreement.'},
  {id: 'uzb-member-of-ots', from: 'UZB', to: 'OTS', start: '2019-10-15', end: null, precision: 'day', sources: ['rferl-2019-10-15', 'wikipedia-ots'], note: 'Ratified the founding agreement in September 2019 and was admitted as the fifth member at the Baku summit. Turkish sources date the agreement\'s entry into force for Tashkent a day earlier.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'tkm-observer-of-ots', from: 'TKM', to: 'OTS', start: '2021-11-12', end: null, precision: 'day', sources: ['trend-2021-09-29', 'azernews-ots-2022', 'wikipedia-ots'], note: 'Neutral Turkmenistan took an observer seat at the Istanbul summit, the same meeting that renamed the Turkic Council the Organization of Turkic States.'},
  {id: 'afg-observer-of-sco-2012', from: 'AFG', to: 'SCO', start: '2012-06-07', end: null, precision: 'day', sources: ['pajhwok-2012-06-07', 'uzdaily-2012-06-07'], note: 'The Beijing summit made Afghanistan an observer, with Karzai present, as the members prepared for the end of the NATO combat mission. No end is set: the sources used here record no change of status after the Taliban takeover of 2021.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:OBSERVER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'ukr-partner-of-nato-pfp', from: 'UKR', to: 'NATO', start: '1994-02-08', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'First former Soviet republic to sign the Partnership for Peace framework document, a month after NATO launched the programme.'},
  {id: 'mda-partner-of-nato-pfp', from: 'MDA', to: 'NATO', start: '1994-03-16', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'President Snegur signed the framework document at NATO headquarters; the partnership sits beside Moldova\'s constitutional neutrality.'},
  {id: 'geo-partner-of-nato-pfp', from: 'GEO', to: 'NATO', start: '1994-03-23', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'Joined the Partnership for Peace in March 1994, the first step of the path that led to its membership bid.'},
  {id: 'aze-partner-of-nato-pfp', from: 'AZE', to: 'NATO', start: '1994-05-04', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'Signed the framework document days before the Karabakh ceasefire took effect.'},
  {id: 'tkm-partner-of-nato-pfp', from: 'TKM', to: 'NATO', start: '1994-05-10', end: null, precision: 'day', sources: ['wikipedia-pfp', 'omri-1994-07-13'], note: 'Signed in May 1994, before it declared permanent neutrality.'},
  {id: 'kaz-partner-of-nato-pfp', from: 'KAZ', to: 'NATO', start: '1994-05-27', end: null, precision: 'day', sources: ['wikipedia-pfp', 'omri-1994-07-13'], note: 'Signed the framework document while a party to the Tashkent collective security treaty, as most Central Asian states did.'},
  {id: 'kgz-partner-of-nato-pfp', from: 'KGZ', to: 'NATO', start: '1994-06-01', end: null, precision: 'day', sources: ['wikipedia-pfp', 'omri-1994-07-13'], note: 'Joined the Partnership for Peace in June 1994.'},
  {id: 'rus-partner-of-nato-pfp', from: 'RUS', to: 'NATO', start: '1994-06-22', end: '2014-04-01', precision: 'day', sources: ['wikipedia-pfp', 'reuters-2014-04-01', 'dw-2014-04-01'], note: 'Signed in June 1994. NATO foreign ministers halted all practical civilian and military cooperation with Moscow on 1 April 2014 over Crimea, keeping only talks in the NATO-Russia Council, so the partnership ends here.'},
  {id: 'uzb-partner-of-nato-pfp', from: 'UZB', to: 'NATO', start: '1994-07-13', end: null, precision: 'day', sources: ['omri-1994-07-13', 'wikipedia-pfp'], note: 'Foreign minister Saidkasimov signed in Brussels, making Uzbekistan the 22nd partner; Tashkent presented it as a help for stability in the CIS.'},
  {id: 'arm-partner-of-nato-pfp', from: 'ARM', to: 'NATO', start: '1994-10-05', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'Joined in October 1994 while staying in the Tashkent treaty and close to Moscow.'},
  {id: 'blr-partner-of-nato-pfp', from: 'BLR', to: 'NATO', start: '1995-01-11', end: null, precision: 'day', sources: ['wikipedia-pfp', 'nato-pfp-framework-1994'], note: 'Signed in January 1995, the last of the European CIS states to join. No formal exit is recorded in the sources used here.'},
  {id: 'tjk-partner-of-nato-pfp', from: 'TJK', to: 'NATO', start: '2002-02-20', end: null, precision: 'day', sources: ['wikipedia-pfp', 'omri-1994-07-13'], note: 'The last Central Asian state to join, in February 2002, once its civil war was over and the Afghan campaign had begun next door.'},
  {id: 'geo-partner-of-nato-ipap-2004', from: 'GEO', to: 'NATO', start: '2004-10-29', end: null, precision: 'day', event: true, sources: ['nato-ipap'], note: 'First country anywhere to agree an Individual Partnership Action Plan with the alliance.'},
  {id: 'aze-partner-of-nato-ipap-2005', from: 'AZE', to: 'NATO', start: '2005-05-27', end: null, precision: 'day', event: true, sources: ['nato-ipap'], note: 'Agreed its first Individual Partnership Action Plan, later updated, with no aim of membership.'},
  {id: 'arm-partner-of-nato-ipap-2005', from: 'ARM', to: 'NATO', start: '2005-12-16', end: null, precision: 'day', event: true, sources: ['nato-ipap'], note: 'Agreed an Individual Partnership Action Plan while a CSTO member, a sign of its balancing between blocs.'},
  {id: 'kaz-partner-of-nato-ipap-2006', from: 'KAZ', to: 'NATO', start: '2006-01-31', end: null, precision: 'day', event: true, sources: ['nato-ipap'], note: 'The only Central Asian state to take an Individual Partnership Action Plan.'},
  {id: 'mda-partner-of-nato-ipap-2006', from: 'MDA', to: 'NATO', start: '2006-05-19', end: null, precision: 'day', event: true, sources: ['nato-ipap'], note: 'Agreed an Individual Partnership Action Plan as a neutral partner.'},
  {id: 'tur-partner-of-sco-2012', from: 'TUR', to: 'SCO', start: '2012-06-07', end: null, precision: 'day', sources: ['pajhwok-2012-06-07', 'uzdaily-2012-06-07'], note: 'A NATO member became an SCO dialogue partner at the same Beijing summit that admitted Afghanistan as an observer.'},
  {id: 'tur-partner-of-aze-2021', from: 'TUR', to: 'AZE', start: '2021-06-15', end: null, precision: 'day', sources: ['jamnews-2021-06-15', 'report-az-2022-06-15'], note: 'Erdogan and Aliyev signed the Shusha Declaration on allied relations, with a pledge of mutual help if a third state attacks either of them. Both parliaments ratified it in February 2022.'},
  {id: 'rus-partner-of-blr-nuclear-2023', from: 'RUS', to: 'BLR', start: '2023-05-25', end: null, precision: 'day', event: true, sources: ['reuters-2023-05-25'], note: 'The two defence ministers signed in Minsk the terms for stationing Russian tactical nuclear weapons in Belarus, which stay under Moscow\'s control.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:PARTNER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'geo-seeks-membership-in-nato', from: 'GEO', to: 'NATO', start: '2002-11-22', end: null, precision: 'day', sources: ['rferl-2002-11-22', 'nato-speech-2002-11-22'], note: 'Shevardnadze told the Euro-Atlantic Partnership Council at the Prague summit that Georgia means to become a full member. The Bucharest summit of 2008 answered that Georgia would one day join.'},
  {id: 'ukr-seeks-membership-in-nato-2002', from: 'UKR', to: 'NATO', start: '2002-05-23', end: '2010-06-03', precision: 'day', sources: ['jamestown-2002-05', 'ukrweekly-2002-06-02', 'jamestown-2004-07', 'thehindu-2010-06-03'], note: 'Kuchma\'s security council dropped the old non-bloc line and set membership as the aim. Kuchma briefly struck the goal from the military doctrine in July 2004, Yushchenko revived it, and in 2008 Kyiv formally asked to join. The Rada voted the goal out on 3 June 2010 under Yanukovych.'},
  {id: 'ukr-seeks-membership-in-nato-2014', from: 'UKR', to: 'NATO', start: '2014-12-23', end: null, precision: 'day', sources: ['ukrweekly-2014-12-26', 'euromaidanpress-2022-09-30', 'kyivindependent-2022-10-04'], note: 'After Crimea and Donbas the Rada scrapped non-bloc status by 303 votes. The goal went into the constitution in 2019, and on 30 September 2022 Kyiv signed a formal application for fast-track accession.'},
  {id: 'ukr-seeks-membership-in-eu-2022', from: 'UKR', to: 'EU', start: '2022-02-28', end: '2022-06-23', precision: 'day', sources: ['pledgetimes-2024-06-25', 'eucouncil-2022-06-23'], note: 'Zelensky signed the application four days into the full-scale invasion.'},
  {id: 'ukr-eu-candidate-2022', from: 'UKR', to: 'EU', start: '2022-06-23', end: null, precision: 'day', sources: ['eucouncil-2022-06-23', 'vnk-2022-06-24', 'eucouncil-2024-06-25'], note: 'EU leaders granted candidate status on 23 June 2022; accession negotiations opened at an intergovernmental conference in Luxembourg on 25 June 2024.'},
  {id: 'mda-seeks-membership-in-eu-2022', from: 'MDA', to: 'EU', start: '2022-03-03', end: '2022-06-23', precision: 'day', sources: ['devdiscourse-2022-03-03', 'eucouncil-2022-06-23'], note: 'President Sandu signed the application in Chisinau a week after the invasion of Ukraine began.'},
  {id: 'mda-eu-candidate-2022', from: 'MDA', to: 'EU', start: '2022-06-23', end: null, precision: 'day', sources: ['eucouncil-2022-06-23', 'vnk-2022-06-24', 'eucouncil-2024-06-25'], note: 'Became a candidate together with Ukraine; its own accession conference followed Ukraine\'s on the evening of 25 June 2024.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:SEEKS_MEMBERSHIP_IN {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'nato-supports-geo-bucharest-2008', from: 'NATO', to: 'GEO', start: '2008-04-03', end: null, precision: 'day', event: true, sources: ['nato-bucharest-2008', 'unian-2008-04-03'], note: 'The Bucharest summit declared that Georgia will become a member but withheld the membership action plan it had asked for. Four months later came the war with Russia.'},
  {id: 'nato-supports-ukr-bucharest-2008', from: 'NATO', to: 'UKR', start: '2008-04-03', end: null, precision: 'day', event: true, sources: ['nato-bucharest-2008', 'unian-2008-04-03'], note: 'Same promise of eventual membership as for Georgia, again without a membership action plan.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:SUPPORTS {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'nato-distanced-from-rus-2014', from: 'NATO', to: 'RUS', start: '2014-04-01', end: null, precision: 'day', event: true, sources: ['reuters-2014-04-01', 'dw-2014-04-01'], note: 'Allied foreign ministers froze practical cooperation with Russia over the seizure of Crimea and asked planners to reinforce the eastern allies.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:DISTANCED_FROM {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

// Ukraine co-founded the CIS but never ratified its 1993 charter, so it was a founding and
// participating state rather than a member under the charter. MEMBER_OF with that said in the
// note keeps it visible in the Commonwealth until it left the statutory bodies in 2018.
UNWIND [
  {id: 'ukr-member-of-cis', from: 'UKR', to: 'CIS', start: '1991-12-08', end: '2018-05-19', precision: 'day', sources: ['cis-alma-ata-1991', 'tass-2018-05-19', 'eadaily-2018-05-20'], note: 'One of the three Belovezha founders; the Rada ratified the founding agreement in December 1991 but Ukraine never signed the charter. It cut its role to a minimum in 2014, and Poroshenko\'s decree of 19 May 2018 recalled its envoys from every CIS body.'},
  {id: 'mda-member-of-cis', from: 'MDA', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991', 'tass-2026-01-20'], note: 'Alma-Ata signatory. Under Sandu it skipped every summit and shed dozens of CIS agreements from 2023; in early 2026 the government began denouncing the founding agreement and the charter, an exit that takes effect a year after notice.'},
  {id: 'rus-member-of-union-state', from: 'RUS', to: 'UNION_STATE', start: '2000-01-26', end: null, precision: 'day', sources: ['union-state-treaty-1999', 'postkomsg-history', 'wikipedia-union-state'], note: 'The treaty signed in Moscow on 8 December 1999 took effect once the Belarusian parliament ratified it, following the 1996 Community and the 1997 Union of Belarus and Russia.'},
  {id: 'blr-member-of-union-state', from: 'BLR', to: 'UNION_STATE', start: '2000-01-26', end: null, precision: 'day', sources: ['union-state-treaty-1999', 'postkomsg-history', 'wikipedia-union-state'], note: 'Lukashenko has chaired the Supreme State Council since it was set up; the plan for a common currency and constitution remains unrealised.'},
  {id: 'rus-member-of-csto-crrf', from: 'RUS', to: 'CSTO_CRRF', start: '2009-06-14', end: null, precision: 'day', sources: ['ria-2009-06-14', 'csto-charter-2002'], note: 'Leaders agreed in February 2009 to form a collective rapid-reaction force and signed the founding agreement at the Moscow summit in June. Russia supplies its largest units.'},
  {id: 'arm-member-of-csto-crrf', from: 'ARM', to: 'CSTO_CRRF', start: '2009-06-14', end: null, precision: 'day', sources: ['ria-2009-06-14'], note: 'Signed the force agreement at the Moscow summit that closed its year of CSTO chairmanship.'},
  {id: 'kaz-member-of-csto-crrf', from: 'KAZ', to: 'CSTO_CRRF', start: '2009-06-14', end: null, precision: 'day', sources: ['ria-2009-06-14', 'ria-2009-10-20'], note: 'Signed in June 2009 and hosted the first exercise of the new force at Matybulak that autumn.'},
  {id: 'kgz-member-of-csto-crrf', from: 'KGZ', to: 'CSTO_CRRF', start: '2009-06-14', end: null, precision: 'day', sources: ['ria-2009-06-14', 'ria-2009-10-20'], note: 'Signed in June 2009; the Russian air base at Kant serves as the force\'s airfield.'},
  {id: 'tjk-member-of-csto-crrf', from: 'TJK', to: 'CSTO_CRRF', start: '2009-06-14', end: null, precision: 'day', sources: ['ria-2009-06-14', 'ria-2009-10-20'], note: 'Signed the force agreement in June 2009.'},
  {id: 'blr-member-of-csto-crrf', from: 'BLR', to: 'CSTO_CRRF', start: '2009-10-01', end: null, precision: 'month', sources: ['ria-2009-10-20'], note: 'Lukashenko boycotted the June summit over a dairy dispute with Moscow and signed the force documents only in October 2009. Uzbekistan never joined the force.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;
