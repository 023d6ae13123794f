// coalgrid report: draws the charts of the embedded data (script#coalgrid-data) with the inlined ECharts.
// Numbers come from the data as written by coalgrid; this file only scales them for display (t -> Mt/万吨,
// MWh -> TWh/亿千瓦时, MW -> 万千瓦, CNY -> 亿元) and never computes a figure of its own.
(function () {
  'use strict';
  var errors = [];
  window.__coalgridErrors = errors;
  window.addEventListener('error', function (e) { errors.push(String(e.message || e)); });
  var origError = console.error;
  console.error = function () {
    errors.push(Array.prototype.map.call(arguments, String).join(' '));
    origError.apply(console, arguments);
  };

  var DATA = JSON.parse(document.getElementById('coalgrid-data').textContent);
  var HASH = decodeURIComponent((location.hash || '').replace(/^#/, ''));
  var ONLY = /(^|&)chart=([^&]+)/.exec(HASH);
  ONLY = ONLY ? ONLY[2] : null;
  var SELFTEST = /(^|&)selftest($|&)/.test(HASH);
  var charts = []; // {id, side, kind, chart (ECharts instance) or null, el}

  var TYPE_COLOURS = {HYDRO: '#1f77b4', COAL: '#4d4d4d', GANGUE: '#8c564b', CHP: '#ff7f0e',
    PUMPED_STORAGE: '#9467bd', WIND: '#2ca02c', SOLAR: '#e6b800', GAS: '#d62728'};

  // ---------- number formats (display only) ----------
  function num(v, d) {
    if (v === null || v === undefined || isNaN(v)) { return 'n/a'; }
    if (Math.abs(v) < 0.5 * Math.pow(10, -d)) { v = 0; }
    return v.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d});
  }
  function fmt(v, unit) {
    switch (unit) {
      case 't': case 't/yr': return num(v / 1e6, 2) + ' Mt (' + num(v / 1e4, 0) + ' 万吨)';
      case 'MWh': case 'MWh/yr': return num(v / 1e6, 2) + ' TWh (' + num(v / 1e5, 1) + ' 亿千瓦时)';
      case 'MW': return num(v, 0) + ' MW (' + num(v / 10, 0) + ' 万千瓦)';
      case 'CNY': case 'CNY/yr': return num(v / 1e6, 1) + ' million CNY (' + num(v / 1e8, 2) + ' 亿元)';
      case 'share': return num(v * 100, 1) + ' %';
      case 'CNY/MWh': return num(v, 1) + ' CNY/MWh';
      case 'CNY/t': return num(v, 1) + ' CNY/t';
      default: return num(v, 2) + (unit ? ' ' + unit : '');
    }
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; });
  }
  function el(tag, cls, html) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (html !== undefined) { e.innerHTML = html; }
    return e;
  }
  function utilColour(u) {
    if (u === null || u === undefined) { return '#9e9e9e'; }
    if (u >= 0.999) { return '#d62728'; }
    if (u >= 0.5) { return '#ff9f1a'; }
    if (u > 1e-9) { return '#2ca02c'; }
    return '#bdbdbd';
  }

  // ---------- renderers: one per chart kind ----------
  var RENDER = {
    sankey: function (c, box) {
      var labels = {};
      c.data.nodes.forEach(function (n) { labels[n.key] = n.label; });
      box.style.height = Math.max(420, 34 * c.data.nodes.length) + 'px';
      return plot(box, {
        tooltip: {trigger: 'item', formatter: function (p) {
          if (p.dataType === 'edge') {
            return esc(labels[p.data.source]) + ' → ' + esc(labels[p.data.target]) + '<br>' + fmt(p.data.value, c.unit);
          }
          return esc(labels[p.name]) + '<br>' + fmt(p.value, c.unit);
        }},
        series: [{type: 'sankey', left: 10, right: 240, top: 10, bottom: 10, nodeGap: 10, draggable: false,
          emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', opacity: 0.45},
          label: {formatter: function (p) { return labels[p.name]; }, fontSize: 11},
          data: c.data.nodes.map(function (n) {
            var type = /^(gen|use:plant):(.*)$/.exec(n.key);
            var o = {name: n.key, depth: n.column};
            if (type && TYPE_COLOURS[type[2]]) { o.itemStyle = {color: TYPE_COLOURS[type[2]]}; }
            return o;
          }),
          links: c.data.links.map(function (l) { return {source: l.source, target: l.target, value: l.value}; })}]
      });
    },
    periods: function (c, box) {
      box.style.height = '440px';
      // the value axis in planner units: average 万千瓦 per period or step; 万千瓦, 亿千瓦时 or 亿元 per year or scenario
      var axis = {MW: [c.data.axis === 'year' ? '万千瓦' : 'average 万千瓦', 10], 'MWh/yr': ['亿千瓦时', 1e5],
        CNY: ['亿元', 1e8], 'CNY/yr': ['亿元/年', 1e8]}[c.unit] || ['万千瓦', 10];
      var cats = c.data.categories.map(function (k) { return k.label; });
      var series = c.data.stacked.map(function (s) {
        return {name: s.label, type: 'bar', stack: 'generation', barMaxWidth: 60, data: s.values,
          itemStyle: {color: TYPE_COLOURS[s.key]}, emphasis: {focus: 'series'}};
      }).concat(c.data.lines.map(function (s) {
        return {name: s.label, type: 'line', data: s.values, symbolSize: 7, z: 5,
          lineStyle: {width: 2.5, type: s.key === 'exports' ? 'dashed' : 'solid'},
          itemStyle: {color: s.key === 'exports' ? '#17becf' : '#000000'}};
      }));
      return plot(box, {
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return fmt(v, c.unit); }},
        legend: {top: 0, type: 'scroll'},
        grid: {left: 70, right: 20, top: 64, bottom: 60},
        xAxis: {type: 'category', data: cats, axisLabel: {interval: cats.length > 48 ? Math.ceil(cats.length / 24) - 1 : 0,
          rotate: cats.length > 8 ? 40 : 0}},
        yAxis: {type: 'value', name: axis[0], axisLabel: {formatter: function (v) { return num(v / axis[1], 0); }}},
        series: series
      });
    },
    dayprices: function (c, box) {
      // one panel per region, one line per representative day (the same colour for a day in every panel)
      var regions = c.data.regions;
      var panel = 210;
      box.style.height = (70 + panel * regions.length) + 'px';
      var grids = [], xs = [], ys = [], series = [], titles = [];
      regions.forEach(function (r, i) {
        var top = 56 + i * panel;
        grids.push({left: 70, right: 20, top: top, height: panel - 60});
        titles.push({text: r.label, left: 70, top: top - 22, textStyle: {fontSize: 12, fontWeight: 'normal'}});
        xs.push({type: 'category', gridIndex: i, data: c.data.hours, axisLabel: {interval: 1}});
        ys.push({type: 'value', gridIndex: i, name: 'CNY/MWh', scale: true});
        r.days.forEach(function (d) {
          series.push({name: d.label, type: 'line', xAxisIndex: i, yAxisIndex: i, data: d.values, symbolSize: 4,
            lineStyle: {width: 1.8}});
        });
      });
      return plot(box, {
        title: titles,
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return fmt(v, 'CNY/MWh'); }},
        legend: {top: 0, type: 'scroll', data: regions.length ? regions[0].days.map(function (d) { return d.label; }) : []},
        grid: grids, xAxis: xs, yAxis: ys, series: series
      });
    },
    spread: function (c, box) {
      // one panel per figure: a bar per scenario (its probability in the label), the expected value as a dashed line
      // and the range from the lowest to the highest scenario as a shaded band
      var ks = c.data.kpis, cols = 2, w = 100 / cols, panel = 260;
      var rows = Math.ceil(ks.length / cols);
      box.style.height = (40 + panel * rows) + 'px';
      var AX = {'CNY/yr': ['亿元/年', 1e8, 2], 't/yr': ['万吨', 1e4, 0], 'MWh/yr': ['亿千瓦时', 1e5, 1],
        'CNY/MWh': ['CNY/MWh', 1, 1]};
      var grids = [], xs = [], ys = [], series = [], titles = [];
      var labels = c.data.scenarios.map(function (s) { return s.label; });
      var colours = ['#1f77b4', '#7fb3d5', '#e6b800', '#ff7f0e', '#d62728', '#8c564b', '#9467bd', '#2ca02c'];
      ks.forEach(function (k, i) {
        var ax = AX[k.unit] || [k.unit, 1, 2];
        var left = (i % cols) * w, top = 40 + Math.floor(i / cols) * panel;
        grids.push({left: (left + 5) + '%', width: (w - 9) + '%', top: top + 28, height: panel - 90});
        titles.push({text: k.label + ' (' + ax[0] + ')', left: (left + 5) + '%', top: top,
          subtext: k.expected === null ? 'expected value: n/a' : 'expected ' + num(k.expected / ax[1], ax[2]) +
            ' · range ' + num(k.min / ax[1], ax[2]) + ' to ' + num(k.max / ax[1], ax[2]),
          textStyle: {fontSize: 12, fontWeight: 'normal'}, subtextStyle: {fontSize: 11}, itemGap: 2});
        xs.push({type: 'category', gridIndex: i, data: labels, axisLabel: {interval: 0, fontSize: 10}});
        // a figure that is 0 in every scenario (up to solver noise) gets a fixed axis instead of magnified noise
        var flat = k.min === null || Math.max(Math.abs(k.min), Math.abs(k.max)) / ax[1] < 0.5 * Math.pow(10, -ax[2]);
        ys.push({type: 'value', gridIndex: i, min: flat ? 0 : null, max: flat ? ax[1] : null,
          axisLabel: {formatter: function (v) { return num(v / ax[1], ax[2]); }}});
        var s = {name: k.label, type: 'bar', xAxisIndex: i, yAxisIndex: i, data: k.values, barMaxWidth: 50,
          itemStyle: {color: function (p) { return colours[p.dataIndex % colours.length]; }},
          tooltip: {valueFormatter: function (v) { return fmt(v, k.unit); }}};
        if (k.expected !== null) {
          s.markLine = {symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: '#000000', width: 1.5},
            label: {formatter: 'E', position: 'end'}, data: [{yAxis: k.expected}]};
        }
        if (!flat && (k.max - k.min) / ax[1] >= 0.5 * Math.pow(10, -ax[2])) {
          s.markArea = {silent: true, itemStyle: {color: 'rgba(120,120,120,0.12)'}, data: [[{yAxis: k.min}, {yAxis: k.max}]]};
        }
        series.push(s);
      });
      return plot(box, {title: titles, tooltip: {trigger: 'axis'}, grid: grids, xAxis: xs, yAxis: ys, series: series});
    },
    heatmap: function (c, box) {
      var vals = c.data.cells.map(function (x) { return x[2]; });
      var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
      box.style.height = Math.max(220, 90 + 34 * c.data.y.length) + 'px';
      return plot(box, {
        tooltip: {formatter: function (p) {
          return esc(c.data.y[p.data[1]].label) + ' · ' + esc(c.data.x[p.data[0]].label) + '<br>' + fmt(p.data[2], c.unit);
        }},
        grid: {left: 210, right: 90, top: 10, bottom: 110},
        xAxis: {type: 'category', data: c.data.x.map(function (x) { return x.label; }),
          axisLabel: {interval: 0, fontSize: 11, rotate: c.data.x.some(function (x) {
            return x.label.length * c.data.x.length > 110; }) ? 25 : 0}, splitArea: {show: true}},
        yAxis: {type: 'category', data: c.data.y.map(function (y) { return y.label; }), splitArea: {show: true},
          axisLabel: {fontSize: 11}},
        visualMap: {min: lo, max: hi === lo ? lo + 1 : hi, calculable: false, orient: 'vertical', right: 0, top: 'middle',
          text: [c.unit, ''], inRange: {color: ['#f7fbff', '#fdd49e', '#ef6548', '#990000']}},
        series: [{type: 'heatmap', data: c.data.cells,
          label: {show: c.data.x.length * c.data.y.length <= 150, fontSize: 10,
            formatter: function (p) { return num(p.data[2], 0); }}}]
      });
    },
    network: function (c, box) {
      box.style.height = '540px';
      var labels = {};
      var lat0 = 0;
      c.data.nodes.forEach(function (n) { lat0 += (n.lat || 0) / c.data.nodes.length; });
      var kx = Math.cos(lat0 * Math.PI / 180);
      var nodes = c.data.nodes.map(function (n) {
        labels[n.id] = n.label;
        var o = {name: n.id, symbolSize: n.external ? 18 : 28, itemStyle: {color: n.external ? '#ffffff' : '#1f3b57',
          borderColor: '#1f3b57', borderWidth: 2}, label: {show: true, formatter: n.label, position: 'bottom'}};
        if (c.data.layout === 'coordinates') { o.x = n.lon * kx * 100; o.y = -n.lat * 100; }
        return o;
      });
      var edges = c.data.edges.map(function (e) {
        var arc = e.kind === 'arc';
        return {source: e.source, target: e.target, edge: e,
          lineStyle: {color: utilColour(e.utilisation), width: arc ? 2.5 : 4, type: arc ? 'dashed' : 'solid',
            curveness: arc ? 0.25 : 0.08, opacity: 0.9}};
      });
      var box2 = plot(box, {
        tooltip: {formatter: function (p) {
          if (p.dataType === 'edge') {
            var e = p.data.edge;
            var u = e.utilisation === null ? 'no capacity limit' : num(e.utilisation * 100, 1) + ' %';
            if (e.kind === 'line') {
              return esc(e.label) + '<br>line · peak utilisation ' + u + ' · at capacity in ' + e.congestedPeriods + ' of ' +
                e.periods + ' periods<br>sent ' + fmt(e.sentMwh, 'MWh') + ', losses ' + fmt(e.lossMwh, 'MWh');
            }
            return esc(e.label) + '<br>coal arc · utilisation ' + u + '<br>carried ' + fmt(e.totalT, 't') +
              (e.capacityT ? ' of ' + fmt(e.capacityT, 't') : '') + ', lost ' + fmt(e.lossT, 't');
          }
          return esc(labels[p.name]);
        }},
        series: [{type: 'graph', layout: c.data.layout === 'coordinates' ? 'none' : 'circular', roam: true,
          circular: {rotateLabel: false}, left: 80, right: 80, top: 40, bottom: 40,
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9, data: nodes, links: edges,
          emphasis: {focus: 'adjacency', lineStyle: {width: 6}}}]
      });
      var lg = el('div', 'legend', 'Utilisation: <span class="sw" style="background:#2ca02c"></span>below 50 %' +
        '<span class="sw" style="background:#ff9f1a"></span>50–99 %<span class="sw" style="background:#d62728"></span>' +
        'at capacity<span class="sw" style="background:#bdbdbd"></span>no flow<span class="sw" style="background:#9e9e9e">' +
        '</span>no limit · solid: line 输电线路 · dashed: coal arc 运煤通道' +
        (c.data.layout === 'coordinates' ? ' · placed by lon/lat' : ' · regions on a circle (no lon/lat in the instance)'));
      box.parentNode.appendChild(lg);
      return box2;
    },
    bars: function (c, box) {
      var bars = c.data.bars.slice().reverse();
      box.style.height = Math.max(160, 60 + 28 * bars.length) + 'px';
      return plot(box, {
        tooltip: {formatter: function (p) {
          var b = bars[p.dataIndex];
          var price = b.valueOfRelaxingMin === b.valueOfRelaxingMax ? num(b.valueOfRelaxingMin, 2)
            : num(b.valueOfRelaxingMin, 2) + ' to ' + num(b.valueOfRelaxingMax, 2);
          return esc(b.label) + '<br>1 % more room: ' + fmt(b.valueOfOnePercentCny, 'CNY') + ' per year<br>' +
            'relaxing by one unit saves ' + price + ' ' + esc(b.valueUnit) +
            (b.periods.length ? '<br>binds in ' + b.periods.length + ' period(s): ' + esc(b.periods.join(', ')) : '');
        }},
        grid: {left: 360, right: 60, top: 10, bottom: 50},
        xAxis: {type: 'value', name: 'value of 1 % more room, 万元/yr', nameLocation: 'middle', nameGap: 28, axisLabel: {formatter: function (v) { return num(v / 1e4, 0); }}},
        yAxis: {type: 'category', data: bars.map(function (b) { return b.label; }),
          axisLabel: {width: 340, overflow: 'truncate', fontSize: 11}},
        series: [{type: 'bar', data: bars.map(function (b) { return b.valueOfOnePercentCny; }),
          itemStyle: {color: '#c0504d'}, label: {show: true, position: 'right', fontSize: 10,
            formatter: function (p) { return num(p.value / 1e8, 2) + ' 亿元'; }}}]
      });
    },
    table: function (c, box) {
      var t = el('table', 'grid');
      var h = '<tr>' + c.data.columns.map(function (x) { return '<th>' + esc(x) + '</th>'; }).join('') + '</tr>';
      c.data.rows.forEach(function (r) {
        h += '<tr>' + r.cells.map(function (x, k) {
          return '<td' + (k === 1 ? ' class="' + esc(r.status) + '"' : '') + '>' + esc(x) + '</td>';
        }).join('') + '</tr>';
      });
      t.innerHTML = h;
      box.appendChild(t);
      if (c.data.notes.length) {
        box.appendChild(el('ul', 'notes', c.data.notes.map(function (n) { return '<li>' + esc(n) + '</li>'; }).join('')));
      }
      return null;
    },
    message: function (c, box) {
      box.appendChild(el('div', 'message', esc(c.data.text)));
      return null;
    }
  };

  function plot(box, option) {
    option.animation = false;
    var chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption(option);
    return chart;
  }

  // ---------- page ----------
  function header() {
    var top = document.getElementById('top');
    var cases = DATA.cases;
    var title = DATA.mode === 'compare' ? 'Comparison 方案对比: ' + cases[0].label + ' (A) vs ' + cases[1].label + ' (B)'
      : cases[0].heading || cases[0].instance + ' ' + cases[0].year + ' — allocation report 分配方案报告';
    document.title = title;
    var h = '<h1>' + esc(title) + '</h1>';
    cases.forEach(function (c, k) {
      var side = cases.length > 1 ? (k === 0 ? 'A: ' : 'B: ') : '';
      h += '<div class="sub">' + esc(side + c.label) + ' · ' + esc(c.objectiveMode) + ' mode' + (c.solver ? ' · solver ' + esc(c.solver) : '') +
        (c.whatIf ? ' · what-if ' + esc(c.whatIf.join(', ')) : '') + '</div>' +
        '<div class="status' + (c.status === 'OPTIMAL' ? '' : ' bad') + '">' + esc(side + c.status + ' — ' + c.statusWords) + '</div> ';
    });
    top.innerHTML = h;
  }

  function kpiCards(main, c) {
    var g = el('div', 'kpis');
    c.kpis.forEach(function (k) {
      var d = el('div', 'kpi', '<div class="name">' + esc(k.en) + ' ' + esc(k.zh) + '</div><div class="value">' +
        esc(k.text) + '</div>');
      d.setAttribute('data-path', k.path);
      g.appendChild(d);
    });
    main.appendChild(g);
  }

  function kpiTable(main) {
    var s = el('section', 'chart');
    s.id = 'kpi-compare';
    s.innerHTML = '<h2>Headline figures<span class="zh">主要指标</span></h2><div class="note">Rows in yellow changed ' +
      'beyond the tolerances (|B − A| > ' + DATA.comparison.absTol + ' in the field\'s unit and > ' + DATA.comparison.relTol +
      ' × max(|A|, |B|)).</div>';
    var t = el('table', 'grid');
    var h = '<tr><th>Figure</th><th>A</th><th>B</th><th>B − A</th></tr>';
    DATA.kpiDiffs.forEach(function (k) {
      h += '<tr' + (k.changed ? ' class="changed"' : '') + '><td>' + esc(k.en + ' ' + k.zh) + '</td><td class="num">' +
        esc(k.aText) + '</td><td class="num">' + esc(k.bText) + '</td><td class="num delta">' + esc(k.deltaText) + '</td></tr>';
    });
    t.innerHTML = h;
    s.appendChild(t);
    main.appendChild(s);
  }

  function changesTable(main) {
    var s = el('section', 'chart');
    s.id = 'changes';
    var cmp = DATA.comparison;
    var shown = cmp.changes.slice(0, 60);
    s.innerHTML = '<h2>What changed<span class="zh">变化</span></h2><div class="note">' + cmp.count +
      ' solution fields changed; by section, largest relative change |B − A| / max(|A|, |B|) first' +
      (cmp.count > shown.length ? '; the first ' + shown.length + ' are shown (coalgrid compare --out lists all)' : '') + '.</div>';
    var t = el('table', 'grid');
    var h = '<tr><th>field</th><th>unit</th><th>A</th><th>B</th><th>B − A</th><th>relative</th></tr>';
    shown.forEach(function (c) {
      var n = function (v) { return typeof v === 'number' ? num(v, Math.abs(v) < 100 ? 3 : 0) : esc(v); };
      h += '<tr class="changed"><td>' + esc(c.key) + '</td><td>' + esc(c.unit) + '</td><td class="num">' + n(c.a) +
        '</td><td class="num">' + n(c.b) + '</td><td class="num delta">' + (c.delta === null ? '' : n(c.delta)) +
        '</td><td class="num">' + num(c.relative * 100, 1) + ' %</td></tr>';
    });
    t.innerHTML = h;
    s.appendChild(t);
    main.appendChild(s);
  }

  function section(main, cs, id) {
    var first = cs[0];
    var s = el('section', 'chart');
    s.id = 'section-' + id;
    s.innerHTML = '<h2>' + esc(first.titleEn) + '<span class="zh">' + esc(first.titleZh) + '</span></h2>' +
      '<div class="note">' + esc(first.note) + '</div>';
    var holder = cs.length > 1 ? el('div', 'pair') : s;
    cs.forEach(function (c, k) {
      var col = holder;
      if (cs.length > 1) {
        col = el('div');
        col.appendChild(el('div', 'side', k === 0 ? 'A' : 'B'));
        holder.appendChild(col);
      }
      var box = el('div', 'plot');
      box.id = 'chart-' + id + (cs.length > 1 ? (k === 0 ? '-a' : '-b') : '');
      col.appendChild(box);
      charts.push({id: id, side: cs.length > 1 ? (k === 0 ? 'A' : 'B') : '', kind: c.kind, el: box,
        chart: null, c: c});
    });
    if (cs.length > 1) { s.appendChild(holder); }
    main.appendChild(s);
    charts.filter(function (x) { return x.id === id; }).forEach(function (x) {
      x.chart = RENDER[x.kind](x.c, x.el);
    });
  }

  function render() {
    header();
    var main = document.getElementById('main');
    if (ONLY) { document.body.classList.add('single-chart'); }
    if (DATA.mode === 'compare') {
      if (!ONLY) { kpiTable(main); changesTable(main); }
    } else if (!ONLY) {
      kpiCards(main, DATA.cases[0]);
    }
    var ids = [];
    DATA.cases.forEach(function (c) { c.charts.forEach(function (ch) { if (ids.indexOf(ch.id) < 0) { ids.push(ch.id); } }); });
    ids.forEach(function (id) {
      if (ONLY && ONLY !== id) { return; }
      var cs = DATA.cases.map(function (c) {
        return c.charts.filter(function (ch) { return ch.id === id; })[0] ||
          {id: id, kind: 'message', titleEn: id, titleZh: '', note: '', data: {text: 'not in this case'}};
      });
      section(main, cs, id);
    });
    document.getElementById('foot').textContent = 'coalgrid ' + DATA.coalgridVersion + ' · charts by Apache ECharts ' +
      DATA.echartsVersion + ' (inlined; no network needed) · every figure is taken from the verified ' +
      ({pathway: 'pathway.json', scenarios: 'stochastic.json and the scenarios\' solution.json'}[DATA.mode] || 'solution.json');
    window.addEventListener('resize', function () { charts.forEach(function (x) { if (x.chart) { x.chart.resize(); } }); });
  }

  // ---------- self-test (#selftest): what the browser test reads back ----------
  function inked(x) {
    var canvas = x.el.querySelector('canvas');
    if (!canvas) { return x.el.textContent.trim().length; }
    var ctx = canvas.getContext('2d');
    var img = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    var n = 0;
    for (var i = 3; i < img.length; i += 16) { if (img[i] > 0) { n++; } }
    return n;
  }
  function selftest() {
    var out = {errors: errors, echarts: typeof echarts === 'undefined' ? null : echarts.version,
      width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, charts: []};
    charts.forEach(function (x) {
      var r = x.el.getBoundingClientRect();
      var entry = {id: x.id, side: x.side, kind: x.kind, element: x.el.id, canvas: !!x.el.querySelector('canvas'),
        x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height, inked: inked(x)};
      if (x.chart) {
        var opt = x.chart.getOption();
        entry.series = opt.series.map(function (s) {
          return {type: s.type, name: s.name === undefined ? null : String(s.name), data: s.data, links: s.links || null};
        });
      }
      out.charts.push(entry);
    });
    var pre = el('pre');
    pre.id = 'selftest';
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }

  try {
    render();
  } catch (e) {
    errors.push('render failed: ' + (e && e.stack ? e.stack : e));
  }
  if (SELFTEST) { selftest(); }
})();
