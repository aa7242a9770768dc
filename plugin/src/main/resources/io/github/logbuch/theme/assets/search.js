// Logbuch's search page: reads the language's index (static files the build wrote under /search/),
// one small shard per query word, and shows results as the reader types. The query comes from ?q=.
// The build puts the language's Snowball stemmer before this script as `logbuchStemmer` (null where
// the language is not stemmed). Without JavaScript the page says that search needs it.
(function (stemmer, root) {
  "use strict";

  // ---- Analysis: the same steps as io.github.logbuch.search.Analyzer, letter for letter. ----

  var WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
  var MARK = /\p{M}/gu;
  var ASCII = /^[\x00-\x7f]*$/;
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 64;

  function fold(word) {
    if (ASCII.test(word)) {
      return word;
    }
    return word.normalize("NFD").replace(MARK, "").replace(/ß/g, "ss").normalize("NFC");
  }

  // Every run of letters, marks and digits with where it starts, lower-cased.
  function tokens(text) {
    var found = [], match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      found.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function words(text) {
    return tokens(text.normalize("NFC")).map(function (t) { return t.word; });
  }

  // German is stemmed before folding (its stemmer knows umlauts and ß), every other language after.
  function analyzer(stemmerName) {
    var foldFirst = stemmerName !== "german", known = new Map();
    return function term(word) {
      var t = known.get(word);
      if (t === undefined) {
        t = foldFirst ? fold(word) : word;
        if (stemmer) {
          t = stemmer.stemWord(t);
        }
        t = fold(t);
        if (t.length < MIN_LENGTH || t.length > MAX_LENGTH) {
          t = null;
        }
        known.set(word, t);
      }
      return t;
    };
  }

  // ---- The index: a manifest, shards by term prefix, and a file per document. ----

  function Index(manifestUrl, load) {
    this.load = load;
    this.base = manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1);
    this.files = new Map();
    var self = this;
    this.ready = this.fetch(manifestUrl).then(function (manifest) {
      self.manifest = manifest;
      self.term = analyzer(manifest.stemmer);
      // the shards in order: each one's first term, and its file
      self.firsts = [];
      self.shards = [];
      for (var s = 0; s < manifest.shards.length; s += 2) {
        self.firsts.push(manifest.shards[s]);
        self.shards.push(manifest.shards[s + 1]);
      }
      // per document: its pack and place there; a long text's further parts by name
      self.docs = [];
      for (var i = 0; i < manifest.docs.length; i += 2) {
        self.docs.push({ pack: manifest.docs[i], place: manifest.docs[i + 1], hash: null, parts: 1 });
      }
      Object.keys(manifest.parts).forEach(function (id) {
        var ref = manifest.parts[id], colon = ref.indexOf(":");
        self.docs[+id].hash = ref.slice(0, colon);
        self.docs[+id].parts = +ref.slice(colon + 1);
      });
      return self;
    });
  }

  Index.prototype.fetch = function (url) {
    var file = this.files.get(url);
    if (!file) {
      file = this.load(url);
      this.files.set(url, file);
      var files = this.files;
      file.catch(function () { files.delete(url); });
    }
    return file;
  };

  // The shard a term is in: the last one whose first term is not after it; -1 for none.
  Index.prototype.shardOf = function (term) {
    var low = 0, high = this.firsts.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (this.firsts[middle] <= term) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };

  // The shards holding every term that starts with a prefix: usually one, at most three, else
  // none (the reader has typed too little yet for a small fetch).
  var MAX_PREFIX_SHARDS = 3;
  Index.prototype.prefixShards = function (prefix) {
    var first = Math.max(0, this.shardOf(prefix)), last = this.shardOf(prefix + "\uffff");
    if (last < first || last - first >= MAX_PREFIX_SHARDS) {
      return [];
    }
    var list = [];
    for (var i = first; i <= last; i++) {
      list.push(i);
    }
    return list;
  };

  Index.prototype.shard = function (i) {
    return i < 0 ? Promise.resolve({}) : this.fetch(this.base + "s/" + this.shards[i] + ".json");
  };

  // A document's head (title, URL, dates, the text's first part) is in a pack of a few; a long
  // text's further parts have files of their own.
  Index.prototype.head = function (doc) {
    var d = this.docs[doc];
    return this.fetch(this.base + "d/" + this.manifest.packs[d.pack] + ".json").then(function (pack) {
      return pack[d.place];
    });
  };

  Index.prototype.part = function (doc, part) {
    return this.fetch(this.base + "d/" + this.docs[doc].hash + "." + part + ".json");
  };

  // A term's postings: [document, weight, part] triples; the part is given for long documents only.
  Index.prototype.postings = function (entry) {
    var flat = entry[0], result = [], doc = 0, i = 0;
    while (i < flat.length) {
      doc += flat[i];
      var parted = this.docs[doc].parts > 1;
      result.push([doc, flat[i + 1], parted ? flat[i + 2] : 0]);
      i += parted ? 3 : 2;
    }
    return result;
  };

  // ---- Queries ----

  // The words of a query; the last is also a prefix while the reader is still typing it.
  function parse(index, text) {
    var list = words(text), parsed = [], seen = new Set();
    var typing = /[\p{L}\p{M}\p{Nd}]$/u.test(text);
    list.forEach(function (word, i) {
      var term = index.term(word);
      var prefix = typing && i === list.length - 1 ? fold(word) : null;
      if (prefix !== null && prefix.length < MIN_LENGTH) {
        prefix = null;
      }
      var key = term + "|" + prefix;
      if ((term !== null || prefix !== null) && !seen.has(key)) {
        seen.add(key);
        parsed.push({ term: term, prefix: prefix });
      }
    });
    return parsed;
  }

  // For one query word, the index terms it matches: its own term, and while typing, every term
  // or word the term was made from that starts with what was typed.
  function matches(index, word) {
    var exact = index.shard(word.term === null ? -1 : index.shardOf(word.term));
    var prefixed = word.prefix === null ? [] : index.prefixShards(word.prefix).map(function (i) { return index.shard(i); });
    return Promise.all([exact].concat(prefixed)).then(function (shards) {
      var found = new Map();
      if (word.term !== null && Object.prototype.hasOwnProperty.call(shards[0], word.term)) {
        found.set(word.term, { entry: shards[0][word.term], exact: true });
      }
      shards.slice(1).forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (found.has(term)) {
            return;
          }
          var forms = shard[term][1] || [];
          if (term.lastIndexOf(word.prefix, 0) === 0 || forms.some(function (f) { return f.lastIndexOf(word.prefix, 0) === 0; })) {
            found.set(term, { entry: shard[term], exact: false });
          }
        });
      });
      return found;
    });
  }

  // Ranks the documents that match every word: per word its best term's BM25 weight times the
  // term's rarity (a prefix match counts 0.6), summed; equal ones newest first.
  Index.prototype.search = function (text) {
    var index = this;
    return this.ready.then(function () {
      var parsed = parse(index, text);
      if (!parsed.length) {
        return { words: parsed, hits: [] };
      }
      return Promise.all(parsed.map(function (word) { return matches(index, word); })).then(function (found) {
        var n = index.docs.length, scores = null;
        found.forEach(function (terms, w) {
          var best = new Map();
          parsed[w].terms = new Set(terms.keys());
          terms.forEach(function (match) {
            var postings = index.postings(match.entry);
            var idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
            postings.forEach(function (p) {
              var score = idf * p[1] * (match.exact ? 1 : 0.6);
              var before = best.get(p[0]);
              if (!before || score > before.score) {
                best.set(p[0], { score: score, part: p[2] });
              }
            });
          });
          if (scores === null) {
            scores = best;
          } else {
            var both = new Map();
            scores.forEach(function (hit, doc) {
              var other = best.get(doc);
              if (other) {
                both.set(doc, { score: hit.score + other.score, part: hit.part || other.part });
              }
            });
            scores = both;
          }
        });
        var hits = [];
        scores.forEach(function (hit, doc) { hits.push({ doc: doc, score: hit.score, part: hit.part }); });
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { words: parsed, hits: hits };
      });
    });
  };

  // Whether a word of a result's text is one the query found. A term keeps the first letters of
  // the word it was made from, so only words starting like one of the query's are stemmed: a long
  // text is scanned without running the stemmer over every word of it.
  function matcher(index, words) {
    var starts = new Set();
    words.forEach(function (w) {
      w.terms.forEach(function (t) { starts.add(t.slice(0, 2)); });
      if (w.prefix !== null) {
        starts.add(w.prefix.slice(0, 2));
      }
    });
    return function (word) {
      var folded = fold(word);
      if (!starts.has(folded.slice(0, 2))) {
        return false;
      }
      var term = index.term(word);
      return words.some(function (w) {
        return (term !== null && w.terms.has(term)) || (w.prefix !== null && folded.lastIndexOf(w.prefix, 0) === 0);
      });
    };
  }

  // A text cut into pieces, the matched words marked: [{text, mark}].
  function marked(text, isMatch, from, to) {
    var all = tokens(text), pieces = [], at;
    if (!all.length) {
      return [{ text: text, mark: false }];
    }
    from = from === undefined ? 0 : from;
    to = to === undefined ? all.length : to;
    at = all[from].start;
    for (var i = from; i < to; i++) {
      if (isMatch(all[i].word)) {
        pieces.push({ text: text.slice(at, all[i].start), mark: false });
        pieces.push({ text: text.slice(all[i].start, all[i].end), mark: true });
        at = all[i].end;
      }
    }
    pieces.push({ text: text.slice(at, to === all.length ? text.length : all[to - 1].end), mark: false });
    return pieces.filter(function (p) { return p.text.length > 0; });
  }

  // About thirty words around the first matched word of a text.
  var SNIPPET_WORDS = 30;
  function snippet(text, isMatch) {
    var all = tokens(text), first = 0;
    for (var i = 0; i < all.length; i++) {
      if (isMatch(all[i].word)) {
        first = i;
        break;
      }
    }
    var from = Math.max(0, Math.min(first - 8, all.length - SNIPPET_WORDS));
    var to = Math.min(all.length, from + SNIPPET_WORDS);
    var pieces = all.length ? marked(text, isMatch, from, to) : [];
    if (from > 0) {
      pieces.unshift({ text: "… ", mark: false });
    }
    if (to < all.length) {
      pieces.push({ text: " …", mark: false });
    }
    return pieces;
  }

  // The results from..to of a search, with what to show of each.
  Index.prototype.results = function (found, from, to) {
    var index = this, isMatch = matcher(index, found.words);
    return Promise.all(found.hits.slice(from, to).map(function (hit) {
      var files = [index.head(hit.doc)];
      if (hit.part > 0) {
        files.push(index.part(hit.doc, hit.part));
      }
      return Promise.all(files).then(function (docs) {
        var doc = docs[0], text = docs[docs.length - 1].x;
        return {
          url: doc.u,
          lang: doc.l,
          date: doc.d || null,
          dates: doc.f || {},
          title: marked(doc.t, isMatch),
          snippet: snippet(text, isMatch),
          part: hit.part
        };
      });
    }));
  };

  var api = { words: words, fold: fold, analyzer: analyzer, Index: Index };
  if (typeof document === "undefined") {
    root.LogbuchSearch = api; // for the tests, which run this file outside a browser
    return;
  }

  // ---- The page ----

  var script = document.currentScript;
  var form = document.getElementById("search-form");
  if (!script || !form) {
    return;
  }
  var data = script.dataset;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var names = JSON.parse((document.getElementById("search-languages") || {}).textContent || "{}");
  var pageLang = document.documentElement.lang;
  var index = new Index(data.index, function (url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": " + response.status);
      }
      return response.json();
    });
  });
  var PAGE = 10;
  var current = 0, shown = 0, found = null, timer = null;

  function say(text) {
    status.textContent = text;
  }

  function format(pattern, value) {
    return pattern.replace("{0}", value);
  }

  function pieces(parent, list) {
    list.forEach(function (piece) {
      if (piece.mark) {
        var mark = document.createElement("mark");
        mark.textContent = piece.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(piece.text));
      }
    });
  }

  function render(result) {
    var item = document.createElement("li");
    item.className = "search-result";
    var foreign = result.lang !== pageLang;
    var heading = document.createElement("h2");
    heading.className = "entry-title";
    var link = document.createElement("a");
    link.href = result.url;
    if (foreign) {
      link.hreflang = result.lang;
      link.lang = result.lang;
    }
    pieces(link, result.title);
    heading.appendChild(link);
    item.appendChild(heading);
    if (result.date || foreign) {
      var meta = document.createElement("p");
      meta.className = "meta";
      if (result.date) {
        var time = document.createElement("time");
        time.dateTime = result.date;
        time.textContent = result.dates[pageLang] || result.date;
        meta.appendChild(time);
      }
      if (foreign) {
        var label = document.createElement("span");
        label.className = "language-label";
        label.textContent = names[result.lang] || result.lang;
        meta.appendChild(document.createTextNode(" "));
        meta.appendChild(label);
      }
      item.appendChild(meta);
    }
    if (result.snippet.length) {
      var text = document.createElement("p");
      text.className = "search-snippet";
      if (foreign) {
        text.lang = result.lang;
      }
      pieces(text, result.snippet);
      item.appendChild(text);
    }
    return item;
  }

  // Shows the next page of results; the first page replaces what was shown, in one step.
  function showMore(run, replace) {
    var from = shown, to = Math.min(found.hits.length, shown + PAGE);
    return index.results(found, from, to).then(function (results) {
      if (run !== current) {
        return false;
      }
      var items = document.createDocumentFragment();
      results.forEach(function (result) { items.appendChild(render(result)); });
      if (replace) {
        list.replaceChildren(items);
      } else {
        list.appendChild(items);
      }
      shown = to;
      more.hidden = shown >= found.hits.length;
      return true;
    });
  }

  function run(query) {
    var mine = ++current;
    if (!query.trim()) {
      list.replaceChildren();
      more.hidden = true;
      say("");
      return Promise.resolve();
    }
    return index.search(query).then(function (result) {
      if (mine !== current) {
        return;
      }
      found = result;
      shown = 0;
      var n = result.hits.length;
      return showMore(mine, true).then(function (done) {
        if (done) {
          say(n === 0 ? format(data.none, query.trim()) : n === 1 ? data.one : format(data.many, n));
        }
      });
    }).catch(function () {
      if (mine === current) {
        say(data.error);
      }
    });
  }

  function remember(query) {
    var url = new URL(location.href);
    if (query.trim()) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    history.replaceState(null, "", url);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember(input.value);
      run(input.value);
    }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    run(input.value);
  });
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(current, false).then(function () {
      var next = list.children[first];
      if (next) {
        next.querySelector("a").focus();
      }
    });
  });
  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  run(query);
})(logbuchStemmer, typeof globalThis !== "undefined" ? globalThis : this);
