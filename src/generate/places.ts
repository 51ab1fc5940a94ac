/**
 * Classes of places, so that a place is offered as a wrong option only for a place of its own class:
 * a country for a country, a U.S. state for a state, a city for a city. A small list, not a gazetteer:
 * a place it does not know is "place". No DOM.
 */

/** Continents and world regions, countries, and U.S. states: a place is offered only for its own class. */
const CONTINENTS = new Set(
  (
    'africa,asia,europe,antarctica,oceania,north america,south america,latin america,central america,' +
    'middle east,caribbean'
  ).split(','),
);
const COUNTRIES = new Set(
  (
    'afghanistan,albania,algeria,angola,argentina,armenia,australia,austria,azerbaijan,bahrain,' +
    'bangladesh,belarus,belgium,bolivia,bosnia,brazil,britain,bulgaria,cambodia,cameroon,canada,chad,' +
    'chile,china,colombia,congo,croatia,cuba,cyprus,czech republic,denmark,egypt,england,eritrea,' +
    'estonia,ethiopia,finland,france,germany,ghana,greece,guatemala,haiti,honduras,hungary,iceland,' +
    'india,indonesia,iran,iraq,ireland,israel,italy,jamaica,japan,jordan,kazakhstan,kenya,' +
    'north korea,south korea,korea,kosovo,kuwait,lebanon,liberia,libya,lithuania,malaysia,mali,' +
    'mexico,moldova,mongolia,morocco,mozambique,myanmar,nepal,netherlands,new zealand,nicaragua,' +
    'niger,nigeria,norway,oman,pakistan,palestine,panama,paraguay,peru,philippines,poland,portugal,' +
    'qatar,romania,russia,rwanda,saudi arabia,scotland,senegal,serbia,sierra leone,singapore,' +
    'slovakia,slovenia,somalia,south africa,south sudan,spain,sri lanka,sudan,sweden,switzerland,' +
    'syria,taiwan,tajikistan,tanzania,thailand,tunisia,turkey,uganda,ukraine,united arab emirates,' +
    'united kingdom,united states,uruguay,uzbekistan,venezuela,vietnam,wales,yemen,zambia,zimbabwe,' +
    'u.s.,u.k.,usa,america'
  ).split(','),
);
// (Georgia is a country and a state: it counts as a country.)
const STATES = new Set(
  (
    'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii,idaho,' +
    'illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,' +
    'mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,ohio,' +
    'oklahoma,oregon,pennsylvania,rhode island,south carolina,north carolina,north dakota,' +
    'south dakota,tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming'
  ).split(','),
);

/** A part of a continent: "North Africa", "Southeast Asia", "Western Europe". */
const REGION_OF = /^(?:(?:north|south|east|west|central|sub-saharan)(?:ern)?|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+(?:africa|asia|europe|america)$/;

/** continent (or a part of one), country, state or place (a city, a region, anything else). */
export function placeClass(name: string): string {
  const n = name.toLowerCase().replace(/^the\s+/, '');
  return CONTINENTS.has(n) || REGION_OF.test(n) ? 'continent' : COUNTRIES.has(n) ? 'country' : STATES.has(n) ? 'state' : /,/.test(n) ? 'city, region' : 'place';
}
