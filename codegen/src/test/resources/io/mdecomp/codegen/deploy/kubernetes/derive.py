#!/usr/bin/env python3
"""Derives strict, self-contained JSON schemas of Kubernetes kinds from the API's OpenAPI (v2) document.

Usage: derive.py SWAGGER_JSON OUT_DIR

For each kind below it writes OUT_DIR/<kind>-<group>-<version>.json (the file names of
kubernetes-json-schema's standalone-strict schemas): the kind's definition and every definition it
reaches, as local "#/definitions/..." references, transformed as openapi2jsonschema's --strict mode
does: an object with properties admits no other properties; IntOrString admits an integer or a
string, Quantity a number or a string; apiVersion and kind must name the kind. Descriptions,
formats and x-kubernetes-* extensions are dropped (they do not constrain a document here).
"""
import json
import sys

KINDS = [
    ("io.k8s.api.apps.v1.Deployment", "deployment-apps-v1.json"),
    ("io.k8s.api.apps.v1.StatefulSet", "statefulset-apps-v1.json"),
    ("io.k8s.api.core.v1.Service", "service-v1.json"),
]
INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity"
PREFIX = "#/definitions/"


def strict(node):
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: strict(v) for k, v in node.items()
           if k not in ("description", "format") and not k.startswith("x-kubernetes-")}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def reached(definitions, name, seen):
    if name in seen:
        return
    seen.add(name)
    stack = [definitions[name]]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(PREFIX):
                reached(definitions, ref[len(PREFIX):], seen)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def main(swagger_path, out_dir):
    with open(swagger_path, encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]
    for name, file_name in KINDS:
        seen = set()
        reached(definitions, name, seen)
        derived = {n: strict(definitions[n]) for n in sorted(seen)}
        if INT_OR_STRING in derived:
            derived[INT_OR_STRING] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
        if QUANTITY in derived:
            derived[QUANTITY] = {"oneOf": [{"type": "string"}, {"type": "number"}]}
        gvk = definitions[name]["x-kubernetes-group-version-kind"][0]
        api_version = (gvk["group"] + "/" if gvk["group"] else "") + gvk["version"]
        kind = dict(derived[name])
        kind["properties"] = dict(kind["properties"])
        kind["properties"]["apiVersion"] = {"type": "string", "enum": [api_version]}
        kind["properties"]["kind"] = {"type": "string", "enum": [gvk["kind"]]}
        kind["required"] = sorted(set(kind.get("required", [])) | {"apiVersion", "kind"})
        derived[name] = kind
        schema = {"$schema": "http://json-schema.org/draft-07/schema#", "$ref": PREFIX + name,
                  "definitions": derived}
        with open(out_dir + "/" + file_name, "w", encoding="utf-8") as f:
            json.dump(schema, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
