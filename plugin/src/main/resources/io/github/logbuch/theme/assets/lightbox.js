// Logbuch's lightbox: a click on a photo opens it large, with previous and next.
// Without JavaScript every photo link still opens the large file, so nothing depends on this.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("a.photo-link"));
  if (!links.length || typeof HTMLDialogElement !== "function") {
    return;
  }
  var labels = document.currentScript ? document.currentScript.dataset : {};
  var dialog, image, caption, position, current = 0, opener = null;

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

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var img = link.querySelector("img");
    image.removeAttribute("srcset");
    image.src = link.href;
    if (link.dataset.srcset) {
      image.srcset = link.dataset.srcset;
      image.sizes = "100vw";
    }
    image.width = link.dataset.width || "";
    image.height = link.dataset.height || "";
    image.alt = img ? img.alt : "";
    var figure = link.closest("figure");
    var text = figure && figure.querySelector("figcaption");
    caption.textContent = text ? text.textContent : "";
    caption.hidden = !caption.textContent;
    position.textContent = (current + 1) + " / " + links.length;
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
        return;
      }
      e.preventDefault();
      if (!dialog) { build(); }
      opener = link;
      show(index);
      dialog.showModal();
    });
  });
})();
