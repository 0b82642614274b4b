/* District choices follow the chosen regency: a <select data-follows="regency"> offers only
   the options whose data-regency is the value of the form's field named "regency". */
(function () {
  "use strict";
  function wire(select) {
    var form = select.form;
    var leader = form && form.elements.namedItem(select.getAttribute("data-follows"));
    if (!leader) { return; }
    function apply() {
      var regency = leader.value;
      Array.prototype.forEach.call(select.options, function (option) {
        var own = option.getAttribute("data-regency");
        var shown = !own || !regency || own === regency;
        option.hidden = !shown;
        option.disabled = !shown;
      });
      var chosen = select.options[select.selectedIndex];
      if (chosen && chosen.disabled) { select.value = ""; }
    }
    leader.addEventListener("change", apply);
    apply();
  }
  Array.prototype.forEach.call(document.querySelectorAll("select[data-follows]"), wire);
}());
