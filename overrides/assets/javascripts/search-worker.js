/*
 * Entry of the search worker. Material starts it as a classic worker (new Worker(url)); the worker itself is a
 * set of ES modules in search/ (engine, Hangul, question analysis), loaded here with import(). Messages that
 * arrive meanwhile are kept and handed over.
 */
"use strict"

const pending = []
const hold = ev => pending.push(ev)
addEventListener("message", hold)
import("./search/worker.js").then(module => {
  removeEventListener("message", hold)
  module.serve(self, pending)
})
