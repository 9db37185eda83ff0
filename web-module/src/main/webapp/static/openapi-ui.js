// Starts Swagger UI on the page's OpenAPI document; kept out of the page because the
// Content-Security-Policy allows no inline script.
window.addEventListener("load", function () {
  var container = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: container.getAttribute("data-openapi-url"),
    domNode: container,
    deepLinking: true
  });
});
