// Starts Swagger UI on the page's OpenAPI document; kept out of the page because the
// Content-Security-Policy allows no inline script.
window.addEventListener("load", function () {
  var container = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: container.getAttribute("data-openapi-url"),
    domNode: container,
    deepLinking: true,
    onComplete: function () {
      // Swagger UI leaves the server choice without a name and the parts above its <main>
      // outside any landmark; screen readers need both.
      var servers = document.getElementById("servers");
      if (servers && !servers.hasAttribute("aria-label")) {
        servers.setAttribute("aria-label", "Server");
      }
      labelRegion(".information-container", "About the API");
      labelRegion(".scheme-container", "Servers");
    }
  });
});

function labelRegion(selector, name) {
  var element = document.querySelector(selector);
  if (element && !element.hasAttribute("role")) {
    element.setAttribute("role", "region");
    element.setAttribute("aria-label", name);
  }
}
