// Logbuch's lightbox: a click on a photo opens it large, with previous and next (buttons, the
// arrow keys, a swipe), its caption and how it was taken; Esc closes it and focus returns to the
// photo. While it is open the page behind is inert (a modal dialog), so focus stays inside.
// #photo-<name> in the address opens that photo; the next one is loaded ahead.
// Without JavaScript every photo link still opens the large file, so nothing depends on this.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("a.photo-link"));
  if (!links.length || typeof HTMLDialogElement !== "function") {
    return;
  }
  var labels = document.currentScript ? document.currentScript.dataset : {};
  var dialog, image, caption, details, position, current = 0, opener = null, preload = null;

  function button(className, label, text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.setAttribute("aria-label", label);
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", labels.title || "Photo");
    var figure = document.createElement("figure");
    image = document.createElement("img");
    image.alt = "";
    caption = document.createElement("figcaption");
    details = document.createElement("span");
    details.className = "lightbox-details";
    position = document.createElement("span");
    position.className = "lightbox-position";
    figure.appendChild(image);
    figure.appendChild(caption);
    dialog.appendChild(figure);
    dialog.appendChild(button("lightbox-prev", labels.previous || "Previous photo", "\u2039", function () { show(current - 1); }));
    dialog.appendChild(button("lightbox-next", labels.next || "Next photo", "\u203A", function () { show(current + 1); }));
    dialog.appendChild(button("lightbox-close", labels.close || "Close", "\u00D7", function () { dialog.close(); }));
    dialog.appendChild(position);
    dialog.addEventListener("keydown", function (e) {
      if (e.key === "ArrowLeft") { show(current - 1); e.preventDefault(); }
      if (e.key === "ArrowRight") { show(current + 1); e.preventDefault(); }
    });
    dialog.addEventListener("click", function (e) {
      if (e.target === dialog) { dialog.close(); }
    });
    dialog.addEventListener("close", function () {
      if (location.hash && history.replaceState) {
        history.replaceState(null, "", location.pathname + location.search);
      }
      if (opener) { opener.focus(); }
    });
    var startX = null;
    dialog.addEventListener("touchstart", function (e) { startX = e.touches[0].clientX; }, { passive: true });
    dialog.addEventListener("touchend", function (e) {
      if (startX === null) { return; }
      var dx = e.changedTouches[0].clientX - startX;
      if (Math.abs(dx) > 50) { show(current + (dx < 0 ? 1 : -1)); }
      startX = null;
    });
    document.body.appendChild(dialog);
  }

  // the element that names a photo (#photo-name): its gallery item
  function named(link) {
    var holder = link.closest("[id]");
    return holder && holder.id.indexOf("photo-") === 0 ? holder : null;
  }

  function load(link, into) {
    into.removeAttribute("srcset");
    if (link.dataset.srcset) {
      into.sizes = "100vw";
      into.srcset = link.dataset.srcset;
    }
    into.src = link.href;
  }

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var img = link.querySelector("img");
    load(link, image);
    image.width = link.dataset.width || "";
    image.height = link.dataset.height || "";
    image.alt = img ? img.alt : "";
    var figure = link.closest("figure");
    var text = figure && figure.querySelector("figcaption");
    caption.textContent = text ? text.textContent.trim() : "";
    var item = link.closest("li");
    var shot = item && item.querySelector(".photo-details");
    details.textContent = shot ? Array.prototype.map.call(shot.children, function (part) {
      return part.textContent.trim();
    }).join(" \u00B7 ") : "";
    if (details.textContent) { caption.appendChild(details); }
    caption.hidden = !caption.textContent;
    position.textContent = (current + 1) + " / " + links.length;
    var name = named(link);
    if (name && history.replaceState) {
      history.replaceState(null, "", "#" + name.id);
    }
    // the next photo, loaded while this one is looked at
    if (links.length > 1) {
      preload = preload || new Image();
      load(links[(current + 1) % links.length], preload);
    }
  }

  function open(index, from) {
    if (!dialog) { build(); }
    opener = from;
    show(index);
    if (!dialog.open) { dialog.showModal(); }
  }

  function openNamed() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("photo-") !== 0) { return; }
    for (var i = 0; i < links.length; i++) {
      var name = named(links[i]);
      if (name && name.id === id) {
        open(i, links[i]);
        return;
      }
    }
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
        return;
      }
      e.preventDefault();
      open(index, link);
    });
  });
  window.addEventListener("hashchange", openNamed);
  openNamed();
})();
