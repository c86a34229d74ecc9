// Regional memberships: GUAM, the EAEU (members and observers), C5+1, the SCO, the CIS,
// the China–Central Asia format, and Armenia's bid for the EU.
UNWIND [
  {id: 'geo-member-of-guam', from: 'GEO', to: 'GUAM', start: '1997-10-10', end: null, precision: 'day', sources: ['itar-tass-2005-05-11', 'guam-official'], note: 'Co-founder of the GUAM consultative forum set up at the Council of Europe summit in Strasbourg.'},
  {id: 'ukr-member-of-guam', from: 'UKR', to: 'GUAM', start: '1997-10-10', end: null, precision: 'day', sources: ['itar-tass-2005-05-11', 'guam-official'], note: 'Co-founder of the GUAM forum in Strasbourg.'},
  {id: 'aze-member-of-guam', from: 'AZE', to: 'GUAM', start: '1997-10-10', end: null, precision: 'day', sources: ['itar-tass-2005-05-11', 'guam-official'], note: 'Co-founder of the GUAM forum in Strasbourg.'},
  {id: 'mda-member-of-guam', from: 'MDA', to: 'GUAM', start: '1997-10-10', end: null, precision: 'day', sources: ['itar-tass-2005-05-11', 'guam-official'], note: 'Co-founder of the GUAM forum in Strasbourg.'},
  {id: 'uzb-member-of-guam', from: 'UZB', to: 'GUAM', start: '1999-04-24', end: '2005-05-05', precision: 'day', sources: ['itar-tass-2005-05-11', 'rferl-2005-05-05', 'woodward-2025'], note: 'Admitted at the Washington meeting held during the NATO anniversary summit, turning the group into GUUAM. It stepped back in 2002 and Moldova confirmed its formal exit on 5 May 2005. Woodward still lists Uzbekistan among GUAM members.'},
  {id: 'rus-member-of-eaeu', from: 'RUS', to: 'EAEU', start: '2015-01-01', end: null, precision: 'day', sources: ['eaeu-treaty-2014', 'eaeu-official'], note: 'Founding party to the May 2014 Astana treaty, which took effect at the start of 2015.'},
  {id: 'blr-member-of-eaeu', from: 'BLR', to: 'EAEU', start: '2015-01-01', end: null, precision: 'day', sources: ['eaeu-treaty-2014', 'eaeu-official'], note: 'Founding party to the union treaty.'},
  {id: 'kaz-member-of-eaeu', from: 'KAZ', to: 'EAEU', start: '2015-01-01', end: null, precision: 'day', sources: ['eaeu-treaty-2014', 'eaeu-official'], note: 'Founding party to the union treaty, signed in its own capital.'},
  {id: 'arm-member-of-eaeu', from: 'ARM', to: 'EAEU', start: '2015-01-02', end: null, precision: 'day', sources: ['eaeu-official'], note: 'Its accession treaty took effect one day after the union was launched.'},
  {id: 'kgz-member-of-eaeu', from: 'KGZ', to: 'EAEU', start: '2015-08-06', end: null, precision: 'day', sources: ['tass-2015-08-05', 'eaeu-official'], note: 'Fifth member of the union. The accession treaty took effect on 6 August 2015, the date used here as for Armenia; the customs posts on the Kazakh border came down a few days later, around 12 August.'},
  {id: 'kaz-member-of-c5plus1', from: 'KAZ', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'The five foreign ministers first met the US Secretary of State as a group in New York on 26 September 2015, at the UN General Assembly, and later confirmed the format in their Samarkand declaration of 1 November 2015.'},
  {id: 'kgz-member-of-c5plus1', from: 'KGZ', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'In the dialogue format since its New York launch in September 2015.'},
  {id: 'tjk-member-of-c5plus1', from: 'TJK', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'In the dialogue format since its New York launch in September 2015.'},
  {id: 'tkm-member-of-c5plus1', from: 'TKM', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'Neutral Turkmenistan took part from the first New York meeting; a dialogue format binds no one to a bloc.'},
  {id: 'uzb-member-of-c5plus1', from: 'UZB', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'At the New York launch, then host of the Samarkand meeting of November 2015 that wrote the format down.'},
  {id: 'usa-member-of-c5plus1', from: 'USA', to: 'C5PLUS1', start: '2015-09-26', end: null, precision: 'day', sources: ['sputnik-uz-2015-11-01', 'tashkenttimes-c5plus1', 'dyner-2023', 'inform-kz-2015-09-27'], note: 'The +1 of the format, represented by the Secretary of State since the New York meeting.'},
  {id: 'chn-member-of-sco', from: 'CHN', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Founding member, the organisation grew out of the Shanghai Five.'},
  {id: 'rus-member-of-sco', from: 'RUS', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Founding member.'},
  {id: 'kaz-member-of-sco', from: 'KAZ', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Founding member.'},
  {id: 'kgz-member-of-sco', from: 'KGZ', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Founding member.'},
  {id: 'tjk-member-of-sco', from: 'TJK', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Founding member.'},
  {id: 'uzb-member-of-sco', from: 'UZB', to: 'SCO', start: '2001-06-15', end: null, precision: 'day', sources: ['sco-official'], note: 'Joined the five Shanghai states at the founding summit.'},
  {id: 'ind-member-of-sco', from: 'IND', to: 'SCO', start: '2017-06-09', end: null, precision: 'day', sources: ['sco-official'], note: 'Admitted at the Astana summit of June 2017.'},
  {id: 'pak-member-of-sco', from: 'PAK', to: 'SCO', start: '2017-06-09', end: null, precision: 'day', sources: ['sco-official'], note: 'Admitted together with India at the Astana summit.'},
  {id: 'irn-member-of-sco', from: 'IRN', to: 'SCO', start: '2023-07-04', end: null, precision: 'day', sources: ['sco-official'], note: 'Became a full member at the virtual summit hosted by India.'},
  {id: 'blr-member-of-sco', from: 'BLR', to: 'SCO', start: '2024-07-04', end: null, precision: 'day', sources: ['sco-official'], note: 'Became a full member at the Astana summit of July 2024.'},
  {id: 'arm-member-of-cis', from: 'ARM', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991'], note: 'Signed the Alma-Ata declaration that widened the Commonwealth beyond its three Slavic founders.'},
  {id: 'blr-member-of-cis', from: 'BLR', to: 'CIS', start: '1991-12-08', end: null, precision: 'day', sources: ['prlib-belovezha', 'wikipedia-belovezha', 'cis-alma-ata-1991'], note: 'Signed the Belovezha agreement founding the Commonwealth on 8 December 1991, together with Russia and Ukraine, before the Alma-Ata enlargement of 21 December.'},
  {id: 'kaz-member-of-cis', from: 'KAZ', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991'], note: 'Hosted the Alma-Ata meeting that enlarged the Commonwealth.'},
  {id: 'kgz-member-of-cis', from: 'KGZ', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991'], note: 'Alma-Ata signatory.'},
  {id: 'rus-member-of-cis', from: 'RUS', to: 'CIS', start: '1991-12-08', end: null, precision: 'day', sources: ['prlib-belovezha', 'wikipedia-belovezha', 'cis-alma-ata-1991', 'woodward-2025'], note: 'Founder at Belovezha on 8 December 1991. Woodward recalls that the Soviet forces briefly became joint CIS forces before each state raised its own army.'},
  {id: 'tjk-member-of-cis', from: 'TJK', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991'], note: 'Alma-Ata signatory.'},
  {id: 'uzb-member-of-cis', from: 'UZB', to: 'CIS', start: '1991-12-21', end: null, precision: 'day', sources: ['cis-alma-ata-1991'], note: 'Alma-Ata signatory.'},
  {id: 'aze-member-of-cis', from: 'AZE', to: 'CIS', start: '1993-09-01', end: null, precision: 'month', sources: ['cis-alma-ata-1991', 'wikipedia-csto'], note: 'Signed at Alma-Ata but its parliament only confirmed membership in September 1993, the same month it joined the security treaty.'},
  {id: 'geo-member-of-cis', from: 'GEO', to: 'CIS', start: '1993-12-01', end: '2009-08-18', precision: 'month', sources: ['georgia-cis-exit-2009', 'wikipedia-russo-georgian-war'], note: 'Joined late in 1993 and left after the 2008 war with Russia, the exit taking effect in August 2009.'},
  {id: 'chn-member-of-cca', from: 'CHN', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18', 'warsawpoint-2023-05'], note: 'Beijing proposed the mechanism in 2020 at ministerial level and raised it to a leaders summit at Xi\'an in May 2023, to meet every two years.'},
  {id: 'kaz-member-of-cca', from: 'KAZ', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18', 'warsawpoint-2023-05', 'dyner-2023'], note: 'Took part in the first summit at Xi\'an and hosted the second in Astana in June 2025.'},
  {id: 'kgz-member-of-cca', from: 'KGZ', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18', 'warsawpoint-2023-05'], note: 'Participant in the leaders format from its first summit.'},
  {id: 'tjk-member-of-cca', from: 'TJK', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18', 'warsawpoint-2023-05'], note: 'Participant in the leaders format from its first summit.'},
  {id: 'tkm-member-of-cca', from: 'TKM', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18'], note: 'Participant in the leaders format from its first summit.'},
  {id: 'uzb-member-of-cca', from: 'UZB', to: 'CCA', start: '2023-05-18', end: null, precision: 'day', sources: ['cgtn-2025-06-18', 'warsawpoint-2023-05'], note: 'Participant in the leaders format from its first summit.'},
  {id: 'tkm-member-of-cis', from: 'TKM', to: 'CIS', start: '1991-12-21', end: '2005-08-26', precision: 'day', sources: ['cis-alma-ata-1991', 'rferl-2005-08-29'], note: 'Alma-Ata signatory. At the Kazan summit of 26 August 2005 Ashgabat stepped down to associate status, citing its neutrality, so full membership ends that day.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'mda-observer-of-eaeu-2018', from: 'MDA', to: 'EAEU', start: '2018-05-14', end: null, precision: 'day', sources: ['inform-kz-2020-12-11'], note: 'First state ever given observer status in the union, at the May 2018 leaders meeting.'},
  {id: 'uzb-observer-of-eaeu-2020', from: 'UZB', to: 'EAEU', start: '2020-12-11', end: null, precision: 'day', sources: ['inform-kz-2020-12-11', 'agazade-2021'], note: 'Granted observer status at the December 2020 online meeting of the union leaders, after Tashkent hesitated for some time.'},
  {id: 'cub-observer-of-eaeu-2020', from: 'CUB', to: 'EAEU', start: '2020-12-11', end: null, precision: 'day', sources: ['inform-kz-2020-12-11'], note: 'Became an observer at the same meeting as Uzbekistan.'},
  {id: 'irn-observer-of-eaeu-2024', from: 'IRN', to: 'EAEU', start: '2024-12-26', end: null, precision: 'day', sources: ['eastside-2024-12-26'], note: 'Given observer status at the Supreme Eurasian Economic Council near Saint Petersburg in December 2024. Its full free trade agreement with the union, signed a year earlier, only took effect on 15 May 2025 (see irn-partner-of-eaeu-2025).'},
  {id: 'tkm-observer-of-cis-2005', from: 'TKM', to: 'CIS', start: '2005-08-26', end: null, precision: 'day', sources: ['rferl-2005-08-29', 'itar-tass-2005-08-27', 'jafarli-2024'], note: 'Associate member of the Commonwealth since the Kazan summit, taking part only outside its military and law-enforcement bodies. Observer is the closest type in the vocabulary for that looser tie.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:OBSERVER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'arm-seeks-membership-in-eu-2025', from: 'ARM', to: 'EU', start: '2025-03-26', end: null, precision: 'day', sources: ['politico-2025-03-26', 'massispost-2025-04', 'aviles-2025'], note: 'Parliament passed in final reading a law, born of a citizens petition, that opens the accession process. The government had backed the bill in January and the president signed it on 4 April 2025. It is not yet a formal application.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:SEEKS_MEMBERSHIP_IN {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'tkm-distanced-from-cis-2005', from: 'TKM', to: 'CIS', start: '2005-08-26', end: null, precision: 'day', event: true, sources: ['rferl-2005-08-29', 'itar-tass-2005-08-27', 'jafarli-2024'], note: 'Niyazov asked the Kazan summit to downgrade Turkmen membership, saying neutrality keeps the country out of blocs and bodies with collective duties. Jafarli points to the same neutral, inward-looking line.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:DISTANCED_FROM {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'un-supports-tkm-neutrality-1995', from: 'UN', to: 'TKM', start: '1995-12-12', end: null, precision: 'day', sources: ['un-ares-50-80', 'trend-2015-07-29', 'jafarli-2024'], note: 'The General Assembly recognised and backed the permanent neutrality Turkmenistan had declared, the legal basis of its refusal to join any bloc.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:SUPPORTS {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'irn-partner-of-eaeu-2025', from: 'IRN', to: 'EAEU', start: '2025-05-15', end: null, precision: 'day', sources: ['kursiv-2025-03-18', 'bne-2025-03-17'], note: 'The full free trade agreement signed in December 2023 took effect on 15 May 2025, sixty days after Tehran notified the commission, replacing the interim deal of 2019.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:PARTNER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;

UNWIND [
  {id: 'guam-rival-of-csto', from: 'GUAM', to: 'CSTO', start: '2002-10-07', end: null, precision: 'day', sources: ['grozin-cis-guam', 'rferl-2007-10-10', 'woodward-2025'], note: 'Interpretive: no treaty makes them rivals. GUAM grouped states wary of Moscow and is read by analysts as a counterweight to the Russian-led bodies; Woodward calls the two formats opponents. Dated from the founding of the CSTO.'}
] AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:RIVAL_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = coalesce(row.event, false), r.sources = row.sources, r.note = row.note;
