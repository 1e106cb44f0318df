// Download this figure: a figure's PNG (for slides), SVG and CSV, of what it shows now. A classic
// script the figure adds to the page the first time its "Download this figure" is opened (readers who
// never open it never fetch it). The figure answers a `figure-file` event with what only it knows:
// its chart drawn by the one painter as SVG, its data table as CSV, and its words; this script lays
// the words around the chart (unless "Chart only"), makes the PNG from that same SVG, names the files
// and saves them. Nothing here draws a chart.
(function () {
  'use strict';
  if (window.allianceFigureFiles) return;

  var FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
  var INK = '#1d1d1f';

  var measurer = null;
  /** The width of `text` in px at `size` px (bold or not), in the font the files use. */
  function measure(text, size, bold) {
    if (!measurer) measurer = document.createElement('canvas').getContext('2d');
    if (!measurer) return text.length * size * 0.55;
    measurer.font = (bold ? '700 ' : '') + size + 'px ' + FONT;
    return measurer.measureText(text).width;
  }

  /** `text` broken at spaces into lines at most `width` px wide at `size` px. */
  function wrap(text, width, size, bold) {
    var lines = [];
    var line = '';
    String(text || '').split(/\s+/).forEach(function (word) {
      if (!word) return;
      var longer = line ? line + ' ' + word : word;
      if (line && measure(longer, size, bold) > width) {
        lines.push(line);
        line = word;
      } else {
        line = longer;
      }
    });
    if (line) lines.push(line);
    return lines;
  }

  /**
   * Where a file's words go around a chart `w` by `h` px: title, readout and the key to the lines
   * above it, settings and source below. Each placed item is a line of text (its baseline `y`) or a
   * key (a swatch and its label). No caption: the chart alone.
   */
  function layout(caption, w, h) {
    var pad = w / 40;
    var unit = w / 1200;
    var room = w - 2 * pad;
    var lead = function (size) {
      return size * 1.35;
    };
    var placed = [];
    var y = pad / 2;
    var lines = function (text, size, bold) {
      wrap(text, room, size, bold).forEach(function (t) {
        y += lead(size);
        placed.push({ text: t, size: size, bold: bold, x: pad, y: y - 0.3 * size });
      });
    };
    if (caption) {
      lines(caption.title, 34 * unit, true);
      lines(caption.readout, 24 * unit, false);
      // The key: a swatch drawn as the line is, then its label, in rows.
      var size = 20 * unit;
      var swatch = 40 * unit;
      var x = pad;
      (caption.keys || []).forEach(function (key, i) {
        var wide = swatch + 8 * unit + measure(key.label, size, false);
        if (i === 0 || x + wide > w - pad) {
          x = pad;
          y += lead(size) + (i === 0 ? 8 * unit : 0);
        }
        placed.push({ key: key, x: x, y: y - 0.3 * size, size: size, swatch: swatch });
        x += wide + 24 * unit;
      });
      y += pad / 2;
      // The axes' names, as the page puts them: the y axis's above the chart, the x axis's below it.
      lines(caption.yAxis, 20 * unit, false);
      y += pad / 4;
    }
    var top = caption ? y : 0;
    y = top + h;
    if (caption) {
      if (caption.xAxis) {
        y += lead(20 * unit);
        placed.push({ text: caption.xAxis, size: 20 * unit, x: w - pad, y: y - 6 * unit, end: true });
        y += pad / 2;
      }
      lines(caption.settings, 20 * unit, false);
      lines(caption.source, 18 * unit, false);
      y += pad;
    }
    return { items: placed, top: top, height: Math.ceil(y) };
  }

  function escape(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  /** A key's swatch at (`x`, `y`): a line as the chart draws it (its ink and dashes), or a shaded box. */
  function swatch(item, inks) {
    var k = item.key;
    var ink = inks[{ a: 0, b: 1, mark: 2 }[k.ink] || 0] || INK;
    var y = Math.round(item.y - item.size * 0.35);
    if (k.area) {
      return '<rect x="' + Math.round(item.x) + '" y="' + Math.round(y - item.size * 0.4) + '" width="' +
        Math.round(item.swatch) + '" height="' + Math.round(item.size * 0.8) + '" fill="' + ink + '" fill-opacity="0.3"/>';
    }
    var width = (k.thin ? 3 : 6) * (item.size / 20);
    var dash = { dashed: [16, 10], dotted: [4, 8] }[k.dash];
    return '<path d="M' + Math.round(item.x) + ' ' + y + 'h' + Math.round(item.swatch) + '" stroke="' + ink +
      '" stroke-width="' + width.toFixed(1) + '"' +
      (dash ? ' stroke-dasharray="' + dash.map((d) => Math.round(d * (item.size / 20))).join(' ') + '"' : '') + '/>';
  }

  /** The chart's `<svg>` (`w` by `h` px) as a file of its own, with `caption`'s words or alone. */
  function svgFile(chart, w, h, caption) {
    var l = layout(caption, w, h);
    var inks = ((/ data-inks="([^"]*)"/.exec(chart) || [])[1] || '').split(' ');
    var out =
      '<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + l.height +
      '" viewBox="0 0 ' + w + ' ' + l.height + '" font-family="' + FONT + '">' +
      '<rect width="100%" height="100%" fill="#fff"/>';
    l.items.forEach(function (item) {
      var text = item.key ? item.key.label : item.text;
      var x = item.key ? item.x + item.swatch + (8 * item.size) / 20 : item.x;
      if (item.key) out += swatch(item, inks);
      out +=
        '<text x="' + Math.round(x) + '" y="' + Math.round(item.y) + '" font-size="' + Math.round(item.size) +
        '"' + (item.bold ? ' font-weight="700"' : '') + (item.end ? ' text-anchor="end"' : '') + ' fill="' + INK + '">' +
        escape(text) + '</text>';
    });
    // The chart's own <svg>, placed below the words.
    out += chart
      .replace(/ data-inks="[^"]*"/, '')
      .replace('<svg xmlns="http://www.w3.org/2000/svg"', '<svg y="' + Math.round(l.top) + '"');
    return out + '</svg>';
  }

  /** The text of the first `selector` in `el`, or ''. */
  function text(el, selector) {
    var found = el.querySelector(selector);
    return found ? found.textContent.trim() : '';
  }

  /** The key to the lines, as the figure's legend shows it: each label with its line's ink and dashes. */
  function keys(figure) {
    return Array.prototype.map.call(figure.querySelectorAll('.legend-item'), function (item) {
      var key = item.querySelector('.key');
      var has = function (c) {
        return !!key && key.classList.contains(c);
      };
      return {
        label: item.textContent.trim(),
        ink: has('ink-b') ? 'b' : has('ink-mark') ? 'mark' : 'a',
        dash: has('dash-dashed') ? 'dashed' : has('dash-dotted') ? 'dotted' : 'solid',
        thin: has('thin'),
        area: has('area'),
      };
    });
  }

  /** A file's name: the work, the figure's number and name, the kind (`…-figure-4-kimball.png`). */
  function fileName(work, number, name, ext) {
    var slug = String(work).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug + '-figure-' + number + '-' + name + '.' + ext;
  }

  /** Saves `blob` as `name`, through a link the reader never sees. */
  function save(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 60000);
  }

  /** The PNG of `svg` (a file `w` by `h` px), to `done(blob)`; `done(null)` if the browser cannot. */
  function png(svg, w, h, done) {
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      var ctx = canvas.getContext('2d');
      if (!ctx) return done(null);
      ctx.drawImage(img, 0, 0, w, h);
      try {
        canvas.toBlob(done, 'image/png');
      } catch (e) {
        done(null);
      }
    };
    img.onerror = function () {
      done(null);
    };
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }

  /** Makes and saves file `ext` of the figure holding `button`; says what happened. */
  function make(button, ext) {
    var details = button.closest('details');
    var figure = button.closest('figure');
    var status = details && details.querySelector('.export-status');
    var say = function (text) {
      if (status) status.textContent = text;
    };
    var given = {};
    if (figure) figure.dispatchEvent(new CustomEvent('figure-file', { detail: given }));
    if (!given.name) return say('The figure is not ready yet: try again in a moment.');
    var name = fileName(given.work, given.number, given.name, ext);
    var saved = function (blob) {
      if (!blob) return say('The file could not be made in this browser.');
      save(blob, name);
      say('Saved ' + name + '.');
    };
    if (ext === 'csv') {
      if (!given.csv) return say('There is no data table at this setting.');
      return saved(new Blob(['\ufeff' + given.csv], { type: 'text/csv;charset=utf-8' }));
    }
    if (!given.svg) return say('The chart cannot be drawn at this setting.');
    var only = details && details.querySelector('.export-only input:checked');
    var caption = only
      ? null
      : {
          title: 'Figure ' + given.number + ': ' + given.title,
          readout: given.readout,
          keys: keys(figure),
          yAxis: text(figure, '.axis-y'),
          xAxis: text(figure, '.axis-x'),
          settings: given.settings,
          source:
            'Source: ' + given.work + ', an explorable edition of ' + given.author +
            '’s review; a stylized teaching model, not a measured result. ' + given.address,
        };
    // The chart's size in pixels, as the figure drew it.
    var size = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(given.svg);
    if (!size) return say('The chart cannot be drawn at this setting.');
    var w = +size[1];
    var h = +size[2];
    var file = svgFile(given.svg, w, h, caption);
    var height = +/ height="(\d+)"/.exec(file)[1];
    if (ext === 'svg') return saved(new Blob([file], { type: 'image/svg+xml;charset=utf-8' }));
    png(file, w, height, saved);
  }

  document.addEventListener('click', function (ev) {
    var button = ev.target instanceof Element && ev.target.closest('.export-files [data-ext]');
    if (button) make(button, button.getAttribute('data-ext'));
  });

  // For the tests: the pure parts.
  window.allianceFigureFiles = { wrap: wrap, layout: layout, svgFile: svgFile, fileName: fileName };
})();
