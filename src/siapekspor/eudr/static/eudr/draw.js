// EUDR plot drawing on the offline map: each click on the map adds a corner
// ("latitude, longitude" with six decimals) to the coordinates field; the buttons zoom,
// remove the last corner or clear. The map is a plain longitude/latitude projection of
// Lampung's extent (data-west, data-north, data-scale: map units per degree).
(function () {
  "use strict";
  var svg = document.getElementById("eudr-map");
  var field = document.getElementById("id_coordinates");
  if (!svg || !field || !svg.getScreenCTM) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var west = parseFloat(svg.dataset.west);
  var north = parseFloat(svg.dataset.north);
  var scale = parseFloat(svg.dataset.scale);
  var layer = svg.querySelector("g.drawing");
  var tools = document.querySelector(".map-tools");
  var box = svg.getAttribute("viewBox").split(/\s+/).map(parseFloat);
  var full = box.slice();
  var corners = [];

  function read() {
    corners = [];
    field.value.split("\n").forEach(function (line) {
      var parts = line.split(/[\s,]+/).filter(Boolean).map(parseFloat);
      if (parts.length === 2 && !isNaN(parts[0]) && !isNaN(parts[1])) {
        corners.push([parts[1], parts[0]]);
      }
    });
  }

  function write() {
    field.value = corners.map(function (c) {
      return c[1].toFixed(6) + ", " + c[0].toFixed(6);
    }).join("\n");
  }

  function project(c) {
    return [(c[0] - west) * scale, (north - c[1]) * scale];
  }

  function draw() {
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    var pts = corners.map(project);
    if (pts.length > 1) {
      var line = document.createElementNS(NS, "polyline");
      line.setAttribute("points", pts.concat(pts.length > 2 ? [pts[0]] : []).map(function (p) {
        return p[0] + "," + p[1];
      }).join(" "));
      line.setAttribute("fill", "none");
      line.setAttribute("stroke", "#b71c1c");
      line.setAttribute("stroke-width", "2");
      line.setAttribute("vector-effect", "non-scaling-stroke");
      layer.appendChild(line);
    }
    pts.forEach(function (p) {
      var dot = document.createElementNS(NS, "circle");
      dot.setAttribute("cx", p[0]);
      dot.setAttribute("cy", p[1]);
      dot.setAttribute("r", box[2] / 150);
      dot.setAttribute("fill", "#b71c1c");
      layer.appendChild(dot);
    });
  }

  function view() {
    svg.setAttribute("viewBox", box.join(" "));
    draw();
  }

  function zoom(factor) {
    var centre = corners.length ? project(corners[corners.length - 1])
      : [box[0] + box[2] / 2, box[1] + box[3] / 2];
    var w = Math.min(full[2], Math.max(0.02, box[2] * factor));
    var h = w * box[3] / box[2];
    box = [centre[0] - w / 2, centre[1] - h / 2, w, h];
    view();
  }

  svg.addEventListener("click", function (event) {
    var pt = svg.createSVGPoint();
    pt.x = event.clientX;
    pt.y = event.clientY;
    var p = pt.matrixTransform(svg.getScreenCTM().inverse());
    read();
    corners.push([west + p.x / scale, north - p.y / scale]);
    write();
    draw();
  });
  field.addEventListener("input", function () { read(); draw(); });
  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var action = event.target.getAttribute("data-map");
      if (action === "zoom-in") { zoom(0.25); }
      if (action === "zoom-out") { zoom(4); }
      if (action === "undo") { read(); corners.pop(); write(); draw(); }
      if (action === "clear") { corners = []; write(); draw(); }
    });
  }
  svg.classList.add("drawing-on");
  read();
  draw();
}());
