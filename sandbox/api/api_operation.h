#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <span>

namespace snapline::sandbox {

// The request methods the Admin API uses.
enum class HttpMethod { Get, Post, Put, Patch, Delete };

// The request-line name ("GET") of a method, and back; nullopt for methods the API never uses.
QByteArray httpMethodName(HttpMethod method);
std::optional<HttpMethod> httpMethodFromName(QByteArrayView name);

// One media-type version of an operation: a content key application/vnd.atlas.<version>+<format>.
struct ApiMediaVersion
{
    const char *version; // "2024-08-05", or "preview"
    const char *format;  // "json", "gzip" or "csv"
    const char *sunset;  // the content's x-sunset date ("2027-07-01"), or "" when the contract gives none
    bool inResponse;     // listed under the success response's content
    bool inRequest;      // listed under requestBody content
};

// One Atlas Admin API v2 operation the sandbox serves, generated from the contract (api_version_table.cpp).
struct ApiOperation
{
    HttpMethod method;
    const char *pathTemplate;   // "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/..."
    const char *operationId;    // the contract's operationId (docs URLs use it)
    const char *sdkOperationId; // x-xgen-operation-id-override (the Go SDK name), else operationId
    int successStatus;          // the lowest 2xx the contract documents
    bool deprecated;            // the whole operation is `deprecated: true`
    std::span<const char *const>
            roles; // x-rolesRequirements, any one suffices; empty: any authenticated caller
    std::span<const ApiMediaVersion> versions; // ordered by version, oldest first
};

// The generated table, and every version date published anywhere in the contract (oldest first).
std::span<const ApiOperation> apiOperations();
std::span<const char *const> apiPublishedVersionDates();

} // namespace snapline::sandbox
