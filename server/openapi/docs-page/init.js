// Renders /api/openapi.json with Swagger UI. A file, not an inline script, so that a
// Content-Security-Policy of script-src 'self' allows it.
window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
