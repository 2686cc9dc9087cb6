#!/usr/bin/env python3
"""Builds the README's Quick start, pasted verbatim into a fresh Maven project, with -Xlint:all -Werror.

Usage: .ci/check-quickstart.py <project dir to create> [--run]

The reactor's artifacts must be installed in the local repository Maven uses (pass
-Dmaven.repo.local=... through MAVEN_ARGS to keep them out of ~/.m2). The project's pom is the README's
"Adding it to a build" snippet inside a bare <project>; the sources are the Quick start's Java blocks,
each written to the file its public type names. The compiler is forked through a wrapper that adds
-Xlint:all -Werror, so that the pom stays exactly as the README has it. JAVA_HOME picks the JDK.
With --run, the Quick start's main also runs (it needs a server on localhost:8000).
"""
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def section(readme, title):
    start = readme.index("## " + title + "\n")
    end = readme.find("\n## ", start + 1)
    return readme[start:end if end >= 0 else len(readme)]


def blocks(text, language):
    return re.findall(r"^```" + language + r"\n(.*?)^```", text, re.S | re.M)


def main():
    target = Path(sys.argv[1])
    run = "--run" in sys.argv[2:]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pom_snippet = blocks(section(readme, "Adding it to a build"), "xml")[0]
    sources = blocks(section(readme, "Quick start"), "java")
    if target.exists():
        sys.exit(f"{target} exists; give a new directory")
    (target / "src/main/java").mkdir(parents=True)
    (target / "pom.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0"\n'
        '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
        '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
        '<modelVersion>4.0.0</modelVersion>\n<groupId>shop</groupId>\n<artifactId>quickstart</artifactId>\n'
        '<version>1</version>\n' + pom_snippet + '</project>\n', encoding="utf-8")
    for source in sources:
        package = re.search(r"^package ([\w.]+);", source, re.M).group(1)
        name = re.search(r"^public (?:final )?(?:class|record|enum|interface) (\w+)", source, re.M).group(1)
        path = target / "src/main/java" / package.replace(".", "/") / (name + ".java")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    java_home = os.environ.get("JAVA_HOME") or str(Path(os.path.realpath(subprocess.check_output(
        ["sh", "-c", "command -v javac"], text=True).strip())).parent.parent)
    javac = target / "javac-strict"
    javac.write_text(f'#!/bin/sh\nexec {shlex.quote(java_home)}/bin/javac -Xlint:all -Werror "$@"\n')
    javac.chmod(0o755)
    goals = ["-B", "-q", "package"] + (["org.codehaus.mojo:exec-maven-plugin:3.6.3:java",
                                        "-Dexec.mainClass=shop.QuickStart"] if run else [])
    args = ["mvn", *shlex.split(os.environ.get("MAVEN_ARGS", "")), *goals,
            "-Dmaven.compiler.fork=true", f"-Dmaven.compiler.executable={javac}"]
    print("+", " ".join(args), flush=True)
    result = subprocess.run(args, cwd=target, env={**os.environ, "JAVA_HOME": java_home})
    generated = sorted(p.name for p in (target / "target/generated-sources/annotations/shop").glob("*.java"))
    print("generated:", ", ".join(generated) or "nothing")
    if result.returncode != 0 or "OrderAsyncRepository.java" not in generated:
        sys.exit("the Quick start does not build as the README has it")


if __name__ == "__main__":
    main()
