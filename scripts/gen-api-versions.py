#!/usr/bin/env python3
"""Generate sandbox/api/api_version_table.cpp from the Atlas Admin API v2 contract.

For every operation the sandbox serves (OPERATIONS below) it records, straight
from shared/atlas-openapi/atlas-api.yaml:
  - method, path template, operationId and the SDK id (x-xgen-operation-id-override),
  - the lowest 2xx status (the success status),
  - `deprecated`, and the roles in x-rolesRequirements (empty = any caller),
  - every media-type version listed under the 2xx response `content` and the
    `requestBody.content` (application/vnd.atlas.<date|preview>+<json|gzip|csv>),
    with its content-level `x-sunset` date when the contract gives one.
It also records every version date published anywhere in the contract, which
ApiVersions uses to tell a real-but-older date from an invented one.

Usage (from the repository root; needs python3 and PyYAML):
    python3 scripts/gen-api-versions.py [path/to/atlas-api.yaml] > sandbox/api/api_version_table.cpp
    clang-format -i --style=file sandbox/api/api_version_table.cpp

The script fails if an operation listed below is missing from the contract or
has no media-type version, so a contract update cannot silently drop a route.
"""

import os
import re
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The contract lives beside the repository (…/shared) or inside it (shared/).
SPEC_CANDIDATES = [
    os.path.join(REPO, "..", "shared", "atlas-openapi", "atlas-api.yaml"),
    os.path.join(REPO, "shared", "atlas-openapi", "atlas-api.yaml"),
]
PREFIX = "/api/atlas/v2"

# (method, path below /api/atlas/v2). Grouped as the sandbox serves them.
OPERATIONS = [
    # Root / identity
    ("get", ""),
    # Organizations
    ("get", "/orgs"),
    ("get", "/orgs/{orgId}"),
    ("get", "/orgs/{orgId}/groups"),
    # Projects
    ("get", "/groups"),
    ("get", "/groups/{groupId}"),
    # Dedicated clusters
    ("get", "/groups/{groupId}/clusters"),
    ("get", "/groups/{groupId}/clusters/{clusterName}"),
    ("patch", "/groups/{groupId}/clusters/{clusterName}"),
    # Flex clusters
    ("get", "/groups/{groupId}/flexClusters"),
    ("get", "/groups/{groupId}/flexClusters/{name}"),
    # Serverless instances
    ("get", "/groups/{groupId}/serverless"),
    ("get", "/groups/{groupId}/serverless/{name}"),
    # Cloud Backup snapshots
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots"),
    ("post", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}"),
    ("patch", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}"),
    ("delete", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/{snapshotId}"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedClusters"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedCluster/{snapshotId}"),
    ("delete", "/groups/{groupId}/clusters/{clusterName}/backup/snapshots/shardedCluster/{snapshotId}"),
    # Backup schedule
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/schedule"),
    ("patch", "/groups/{groupId}/clusters/{clusterName}/backup/schedule"),
    ("delete", "/groups/{groupId}/clusters/{clusterName}/backup/schedule"),
    # Restore jobs
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs"),
    ("post", "/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs/{restoreJobId}"),
    ("delete", "/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs/{restoreJobId}"),
    # Backup Compliance Policy
    ("get", "/groups/{groupId}/backupCompliancePolicy"),
    ("put", "/groups/{groupId}/backupCompliancePolicy"),
    ("delete", "/groups/{groupId}/backupCompliancePolicy"),
    # Snapshot export buckets
    ("get", "/groups/{groupId}/backup/exportBuckets"),
    ("post", "/groups/{groupId}/backup/exportBuckets"),
    ("get", "/groups/{groupId}/backup/exportBuckets/{exportBucketId}"),
    ("patch", "/groups/{groupId}/backup/exportBuckets/{exportBucketId}"),
    ("delete", "/groups/{groupId}/backup/exportBuckets/{exportBucketId}"),
    # Snapshot export jobs
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/exports"),
    ("post", "/groups/{groupId}/clusters/{clusterName}/backup/exports"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backup/exports/{exportId}"),
    # Flex backups
    ("get", "/groups/{groupId}/flexClusters/{name}/backup/snapshots"),
    ("get", "/groups/{groupId}/flexClusters/{name}/backup/snapshots/{snapshotId}"),
    ("get", "/groups/{groupId}/flexClusters/{name}/backup/restoreJobs"),
    ("post", "/groups/{groupId}/flexClusters/{name}/backup/restoreJobs"),
    ("get", "/groups/{groupId}/flexClusters/{name}/backup/restoreJobs/{restoreJobId}"),
    ("post", "/groups/{groupId}/flexClusters/{name}/backup/download"),
    # Serverless backups
    ("get", "/groups/{groupId}/serverless/{clusterName}/backup/snapshots"),
    ("get", "/groups/{groupId}/serverless/{clusterName}/backup/snapshots/{snapshotId}"),
    ("get", "/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs"),
    ("post", "/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs"),
    ("get", "/groups/{groupId}/serverless/{clusterName}/backup/restoreJobs/{restoreJobId}"),
    # Legacy backup: snapshots and checkpoints
    ("get", "/groups/{groupId}/clusters/{clusterName}/snapshots"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}"),
    ("patch", "/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}"),
    ("delete", "/groups/{groupId}/clusters/{clusterName}/snapshots/{snapshotId}"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backupCheckpoints"),
    ("get", "/groups/{groupId}/clusters/{clusterName}/backupCheckpoints/{checkpointId}"),
    # Project events
    ("get", "/groups/{groupId}/events"),
    ("get", "/groups/{groupId}/events/{eventId}"),
    # Service accounts
    ("get", "/groups/{groupId}/serviceAccounts/{clientId}"),
]

MEDIA_TYPE = re.compile(r"^application/vnd\.atlas\.(\d{4}-\d{2}-\d{2}|preview)\+(json|gzip|csv)$")
METHODS = {"get": "Get", "post": "Post", "put": "Put", "patch": "Patch", "delete": "Delete"}


def fail(message):
    sys.exit("gen-api-versions: " + message)


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def collect_versions(op, where):
    """{(version, format): {"sunset", "response", "request"}} for one operation."""
    found = {}

    def add(media_type, content, side):
        match = MEDIA_TYPE.match(media_type)
        if not match:
            fail(f"{where}: unexpected media type {media_type!r}")
        entry = found.setdefault(match.groups(), {"sunset": "", "response": False, "request": False})
        entry[side] = True
        sunset = content.get("x-sunset") if isinstance(content, dict) else None
        if sunset:
            sunset = str(sunset)
            if entry["sunset"] and entry["sunset"] != sunset:
                fail(f"{where}: two sunset dates for {media_type}")
            entry["sunset"] = sunset

    for code, response in op.get("responses", {}).items():
        if str(code).startswith("2"):
            for media_type, content in (response.get("content") or {}).items():
                add(media_type, content, "response")
    for media_type, content in ((op.get("requestBody") or {}).get("content") or {}).items():
        add(media_type, content, "request")
    if not found and op.get("x-xgen-version"):
        found[(str(op["x-xgen-version"]), "json")] = {"sunset": "", "response": True, "request": False}
    if not found:
        fail(f"{where}: no media-type version in the contract")
    return found


def published_dates(paths):
    dates = set()
    for item in paths.values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            sections = [r.get("content") or {} for r in op.get("responses", {}).values()]
            sections.append((op.get("requestBody") or {}).get("content") or {})
            for content in sections:
                for media_type in content:
                    match = MEDIA_TYPE.match(media_type)
                    if match and match.group(1) != "preview":
                        dates.add(match.group(1))
    return sorted(dates)


def main():
    if len(sys.argv) > 1:
        spec_path = sys.argv[1]
    else:
        spec_path = next((p for p in SPEC_CANDIDATES if os.path.exists(p)), None)
        if spec_path is None:
            fail("atlas-api.yaml not found; pass its path")
    with open(spec_path, encoding="utf-8") as handle:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        spec = yaml.load(handle, Loader=loader)
    paths = spec["paths"]
    sha = spec.get("info", {}).get("x-xgen-sha", "unknown")

    out = []
    emit = out.append
    emit("// Generated by scripts/gen-api-versions.py from shared/atlas-openapi/atlas-api.yaml")
    emit(f"// (info.x-xgen-sha {sha}). Do not edit: change the script and rerun it.")
    emit('#include "api/api_operation.h"')
    emit("")
    emit("namespace snapline::sandbox {")
    emit("namespace {")
    emit("")
    rows = []
    for index, (method, sub_path) in enumerate(OPERATIONS):
        path = PREFIX + sub_path
        op = (paths.get(path) or {}).get(method)
        where = f"{method.upper()} {path}"
        if op is None:
            fail(f"{where}: not in the contract")
        versions = collect_versions(op, where)
        success = sorted(int(c) for c in op["responses"] if str(c).startswith("2"))
        if not success:
            fail(f"{where}: no 2xx response")
        op_id = op["operationId"]
        sdk_id = op.get("x-xgen-operation-id-override", op_id)
        roles = op.get("x-rolesRequirements") or []

        emit(f"// {where}")
        emit(f"constexpr ApiMediaVersion kVersions{index}[] = {{")
        for (version, fmt), info in sorted(versions.items()):
            emit(f"    {{{c_string(version)}, {c_string(fmt)}, {c_string(info['sunset'])}, "
                 f"{str(info['response']).lower()}, {str(info['request']).lower()}}},")
        emit("};")
        roles_ref = "{}"
        if roles:
            emit(f"constexpr const char *kRoles{index}[] = {{{', '.join(c_string(r) for r in roles)}}};")
            roles_ref = f"kRoles{index}"
        emit("")
        rows.append(f"    {{HttpMethod::{METHODS[method]}, {c_string(path)}, {c_string(op_id)}, "
                    f"{c_string(sdk_id)}, {success[0]}, {str(bool(op.get('deprecated'))).lower()}, "
                    f"{roles_ref}, kVersions{index}}},")

    emit("constexpr ApiOperation kOperations[] = {")
    out.extend(rows)
    emit("};")
    emit("")
    emit("constexpr const char *kPublishedDates[] = {")
    for date in published_dates(paths):
        emit(f"    {c_string(date)},")
    emit("};")
    emit("")
    emit("} // namespace")
    emit("")
    emit("std::span<const ApiOperation> apiOperations()")
    emit("{")
    emit("    return kOperations;")
    emit("}")
    emit("")
    emit("std::span<const char *const> apiPublishedVersionDates()")
    emit("{")
    emit("    return kPublishedDates;")
    emit("}")
    emit("")
    emit("} // namespace snapline::sandbox")
    print("\n".join(out))


if __name__ == "__main__":
    main()
