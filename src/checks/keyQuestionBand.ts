/**
 * key-question-band: a case-based standard's rating is the band of its lowest key-question
 * percentage (<50 Inadequate, 50–64 Requires improvement, 65–79 Good, 80+ Outstanding). The panel
 * may depart within five points of a boundary, and unpaid work may move one band on qualitative
 * evidence: such mismatches pass, with a note.
 */
import { standardRule } from '../frameworks/index.js';
import { RATING_SCORE, RATINGS, type Rating } from '../normalise/rating.js';
import { result, skipped, type CheckFn } from './types.js';

const BOUNDARIES = [50, 65, 80];

export function keyQuestionRating(percentage: number): Rating {
  if (percentage < 50) return 'Inadequate';
  if (percentage < 65) return 'Requires improvement';
  if (percentage < 80) return 'Good';
  return 'Outstanding';
}

export const keyQuestionBand: CheckFn = ({ document, framework }) => {
  const ratings = document.ratings;
  if (!ratings || ratings.standards.length === 0) return [skipped('key-question-band', null, 'the document states no standards')];
  if (!framework) return [skipped('key-question-band', null, `no rating framework is known for family "${document.family}"`)];
  const out = [];
  for (const standard of ratings.standards) {
    const rule = standardRule(framework, standard.id, standard.name);
    if (!rule?.caseBased) continue;
    const id = 'key-question-band';
    if (!standard.rating) {
      out.push(skipped(id, standard.id, `${standard.id} ${standard.name} is not rated`));
      continue;
    }
    const figures = standard.keyQuestions.filter((q) => !q.qualitative && q.current !== null);
    const qualitative = standard.keyQuestions.filter((q) => q.qualitative).length;
    if (figures.length === 0) {
      out.push(skipped(id, standard.id, `${standard.id} ${standard.name}: no key-question percentages were found`));
      continue;
    }
    const announced = standard.announcedKeyQuestions;
    if (announced !== null && standard.keyQuestions.length < announced) {
      out.push(
        skipped(
          id,
          standard.id,
          `${standard.id} ${standard.name}: the table shows ${standard.keyQuestions.length} of the ${announced} key questions the text announces ("based on ${announced} key questions"), so the lowest cannot be known`,
        ),
      );
      continue;
    }
    const lowest = Math.min(...figures.map((q) => q.current!));
    const band = keyQuestionRating(lowest);
    const leftOut = qualitative ? ` (${qualitative} qualitative key question left out)` : '';
    if (band === standard.rating) {
      out.push(result(id, standard.id, 'pass', band, standard.rating, `lowest key question ${lowest}% bands to '${band}', as rated${leftOut}`));
      continue;
    }
    const apart = Math.abs(RATING_SCORE[band] - RATING_SCORE[standard.rating]);
    const boundary = BOUNDARIES[Math.min(RATING_SCORE[band], RATING_SCORE[standard.rating])]!;
    if (apart === 1 && Math.abs(lowest - boundary) <= 5) {
      out.push(result(id, standard.id, 'pass', band, standard.rating, `lowest key question ${lowest}% bands to '${band}', rated '${standard.rating}': within five points of the ${boundary}% boundary, where the ratings panel may use professional discretion${leftOut}`));
    } else if (apart === 1 && rule.qualitativeModeration) {
      out.push(result(id, standard.id, 'pass', band, standard.rating, `lowest key question ${lowest}% bands to '${band}', rated '${standard.rating}': ${standard.name} may move one band on qualitative evidence${leftOut}`));
    } else {
      out.push(result(id, standard.id, 'fail', band, standard.rating, `lowest key question ${lowest}% bands to '${band}', but the standard is rated '${standard.rating}'${leftOut}`));
    }
  }
  if (out.length === 0) out.push(skipped('key-question-band', null, `none of the rated standards is case-based under ${framework.name}`));
  return out;
};

export { RATINGS };
