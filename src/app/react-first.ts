/**
 * React DOM, evaluated in a task of its own before the rest of start-up's code: start.tsx imports
 * this module first, and its top-level await ends the task once React DOM has run, so the
 * evaluation of the app's own modules (its schemas, its stores) begins in the next. As one task,
 * the start-up chunk's evaluation was the longest of start-up.
 */
import "react-dom/client";
import { yieldToMain } from "../lib/yield-to-main.ts";

await yieldToMain();
