/**
 * Why a setting was ignored, in words: the model and the page report a code with its values
 * (src/state/page-problem.ts), and this writes it as a sentence about its subject, which is a
 * link's key in the notice (`seats must be between 1 and 5,000`) or a field's label under it.
 */
import { msg, plural } from "@lingui/core/macro";
import { i18n as pageI18n, setupI18n, type I18n, type MessageDescriptor } from "@lingui/core";
import type { PageProblem } from "../state/page-problem.ts";
import { formatNumber } from "../lib/format.ts";

/**
 * A sentence, without its closing full stop, saying why `subject` was not used. `example` is a
 * plain number written as the reader should type one: "12.5" in a link, the page's own way in a field.
 */
export function problemText(problem: PageProblem, subject: string, example = "12.5", i18n: I18n = pageI18n): string {
  return i18n._(problemMessage(problem, subject, example));
}

function problemMessage(problem: PageProblem, subject: string, example: string): MessageDescriptor {
  const values = problem.values ?? {};
  const number = (name: string) => values[name] ?? 0;
  const count = number("count");
  const max = number("max");
  const current = number("current");
  switch (problem.code) {
    case "repeated":
      return msg`${subject} appears ${count} times, so none of its values was used`;
    case "outOfRange": {
      const min = formatNumber(number("min"), 4);
      const top = formatNumber(number("max"), 4);
      return msg`${subject} must be between ${min} and ${top}`;
    }
    case "notWhole": {
      const min = formatNumber(number("min"), 4);
      const top = formatNumber(number("max"), 4);
      return msg`${subject} must be a whole number between ${min} and ${top}`;
    }
    case "tooLongForNumber":
      return msg`${subject} is too long to be a number`;
    case "empty":
      return msg`${subject} is empty`;
    case "notPlainNumber":
      return msg`${subject} is not a plain number (use digits and a decimal point, like ${example})`;
    case "notOnOff":
      return msg`${subject} must be 1 (on) or 0 (off)`;
    case "tooManyCharacters":
      return msg`${subject} must be at most ${max} characters`;
    case "controlCharacter":
      return msg`${subject} must not hold control characters (such as a tab or a line break)`;
    case "unknownKey":
      return msg`${subject} is not a setting this calculator knows`;
    case "unknownVersion": {
      const expected = number("expected");
      return msg`${subject} is not a link version this calculator knows (expected ${expected})`;
    }
    case "focusBeyondPlans": {
      const plan = number("plan");
      return msg({
        message: plural(number("plans"), {
          one: `${subject} names plan ${plan}, but there is # plan`,
          other: `${subject} names plan ${plan}, but there are # plans`,
        }),
      });
    }
    case "planBeyondPlans": {
      const plan = number("plan");
      return msg({
        message: plural(number("plans"), {
          one: `${subject} is for plan ${plan}, but there is # plan, so it was ignored`,
          other: `${subject} is for plan ${plan}, but there are # plans, so it was ignored`,
        }),
      });
    }
    case "notCurrency":
      return msg`${subject} is not one of USD, AUD, GBP, EUR, CAD or NZD`;
    case "brandCut":
      return msg`${subject} was cut to ${max} characters`;
    case "notPinnedMarker":
      return msg`${subject} must be 1 (a pinned scenario A)`;
    case "versionRepeated":
      return msg`${subject} appears ${count} times, so the link was read as version ${current}`;
    case "versionNotNumber":
      return msg`${subject} is not a link version (a whole number such as ${current}), so the link was read as version ${current}`;
    case "versionNewer": {
      const version = number("version");
      return msg`${subject} says the link was made by a newer version of this calculator (${version}; this one reads up to ${current}), so it was read as version ${current}`;
    }
    case "versionNotUpgraded": {
      const from = number("from");
      const to = number("to");
      return msg`${subject} could not be upgraded from version ${from} to ${to}, so the link was read as it stands`;
    }
  }
}

let english: Promise<I18n> | undefined;

/**
 * Why a setting was ignored, in English whatever the page's language: for the console of a page that
 * embeds the calculator, whose author reads English warnings. On a page in another language the
 * English words load the first time one is needed.
 */
export async function problemReasonInEnglish(problem: PageProblem): Promise<string> {
  if (pageI18n.locale !== "en") {
    english ??= import("virtual:catalog/en/start").then(({ messages }) => setupI18n({ locale: "en", locales: ["en"], messages: { en: messages } }));
  }
  // An English sentence opens with its subject: without one, what is left is the reason alone,
  // which the console writes after the setting it names.
  return problemText(problem, "", "12.5", english ? await english : pageI18n).trim();
}
