// Filters the open form's services as the operator types, without reloading the form (which would
// lose what was entered). Without JavaScript the filter's GET form does the same on the server;
// the words match as there: every word must appear in the service's name, region, category or type.
document.addEventListener("DOMContentLoaded", function () {
  var input = document.getElementById("service-filter-text");
  var picker = document.querySelector(".service-picker");
  if (!input || !picker) {
    return;
  }
  var count = picker.querySelector(".service-count");
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
    var shown = 0;
    var total = 0;
    picker.querySelectorAll("li.form-check").forEach(function (item) {
      var box = item.querySelector("input");
      var text = item.getAttribute("data-search");
      var visible = box.checked || words.every(function (word) { return text.indexOf(word) >= 0; });
      item.hidden = !visible;
      total += 1;
      shown += visible ? 1 : 0;
    });
    picker.querySelectorAll(".service-category, .service-region").forEach(function (group) {
      group.hidden = group.querySelector("li.form-check:not([hidden])") === null;
    });
    if (count) {
      count.textContent = words.length === 0 ? count.getAttribute("data-initial")
          : shown + " of " + total + " listed services shown; ticked services always show.";
    }
  }
  if (count) {
    count.setAttribute("data-initial", count.textContent);
  }
  input.addEventListener("input", apply);
});
