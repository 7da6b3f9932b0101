// Every action the code records in the audit trail has words in the one table of labels, and every
// record type has a name. The actions are read from the source: a new recordAudit(...) call with an
// unlabelled action fails here, before anyone sees a code on the audit page.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, AUDIT_ACTION_AREAS, RECORD_TYPE_LABELS } from '../../src/modules/audit/domain/action-labels.js';

const SOURCE = path.resolve(import.meta.dirname, '../../src');

function serverSources(): ts.SourceFile[] {
  const files = fs.readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.startsWith(`web${path.sep}`) && !file.endsWith('.d.ts'));
  return files.map((file) => ts.createSourceFile(file, fs.readFileSync(path.join(SOURCE, file), 'utf8'), ts.ScriptTarget.Latest, true));
}

/** Calls that write an audit record: recordAudit(...) today, or audit.record(...). */
function isAuditRecordCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'recordAudit';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'record' && ts.isIdentifier(callee.expression) && callee.expression.text === 'audit';
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const ACTION_SHAPE = /^[a-z]+(\.[a-z-]+)+$/;

/**
 * The string values an expression can take: literals, both arms of a condition, and parameters of
 * the enclosing function, followed to the arguments of every call of that function (and to a literal
 * union in the parameter's type). What cannot be followed is reported, so the test never passes by
 * missing an action.
 */
function valuesOf(expression: ts.Expression, files: ts.SourceFile[], unresolved: string[]): string[] {
  if (ts.isStringLiteralLike(expression)) return [expression.text];
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return valuesOf(expression.expression, files, unresolved);
  if (ts.isConditionalExpression(expression)) return [...valuesOf(expression.whenTrue, files, unresolved), ...valuesOf(expression.whenFalse, files, unresolved)];
  if (ts.isIdentifier(expression)) {
    const parameter = parameterNamed(expression);
    if (parameter) return parameterValues(parameter, files, unresolved);
  }
  const where = expression.getSourceFile();
  unresolved.push(`${where.fileName}:${where.getLineAndCharacterOfPosition(expression.getStart()).line + 1} ${expression.getText()}`);
  return [];
}

function parameterNamed(identifier: ts.Identifier): ts.ParameterDeclaration | undefined {
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const found = scope.parameters.find((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === identifier.text);
      if (found) return found;
    }
  }
  return undefined;
}

function parameterValues(parameter: ts.ParameterDeclaration, files: ts.SourceFile[], unresolved: string[]): string[] {
  const type = parameter.type;
  if (type && ts.isUnionTypeNode(type) && type.types.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))) {
    return type.types.map((member) => ((member as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
  }
  const fn = parameter.parent;
  const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : undefined;
  const index = fn.parameters.indexOf(parameter);
  if (!name) {
    unresolved.push(`parameter ${parameter.getText()} of an anonymous function`);
    return [];
  }
  const values: string[] = [];
  for (const file of files) {
    walk(file, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const calledName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const argument = node.arguments[index];
      if (calledName === name && argument) values.push(...valuesOf(argument, files, unresolved));
    });
  }
  if (values.length === 0) unresolved.push(`no calls of ${name} pass its ${parameter.name.getText()}`);
  return values;
}

function recordedActions(files: ts.SourceFile[]): { actions: Set<string>; calls: number; unresolved: string[] } {
  const actions = new Set<string>();
  const unresolved: string[] = [];
  let calls = 0;
  for (const file of files) {
    walk(file, (node) => {
      if (!isAuditRecordCall(node)) return;
      calls++;
      for (const argument of node.arguments) {
        if (ts.isStringLiteralLike(argument) && ACTION_SHAPE.test(argument.text)) actions.add(argument.text);
        if (!ts.isObjectLiteralExpression(argument)) continue;
        for (const property of argument.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText() === 'action') {
            for (const value of valuesOf(property.initializer, files, unresolved)) actions.add(value);
          } else if (ts.isShorthandPropertyAssignment(property) && property.name.text === 'action') {
            for (const value of valuesOf(property.name, files, unresolved)) actions.add(value);
          }
        }
      }
    });
  }
  return { actions, calls, unresolved };
}

function recordTypes(files: ts.SourceFile[]): Set<string> {
  const types = new Set<string>();
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'entityType') {
        for (const value of valuesOf(node.initializer, files, [])) types.add(value);
      }
    });
  }
  return types;
}

describe('audit action labels', () => {
  const files = serverSources();
  const { actions, calls, unresolved } = recordedActions(files);

  it('finds the actions the code records (so the checks below have something to check)', () => {
    expect(calls).toBeGreaterThan(40);
    expect(actions.size).toBeGreaterThan(50);
    expect(unresolved, 'action expressions the scan could not follow').toEqual([]);
  });

  it('every recorded action has a label', () => {
    const unlabelled = [...actions].filter((action) => !(action in ACTION_LABELS)).sort();
    expect(unlabelled, 'add these to AUDIT_ACTION_AREAS in src/modules/audit/domain/action-labels.ts').toEqual([]);
  });

  it('every label is for an action the code records', () => {
    const stale = Object.keys(ACTION_LABELS).filter((action) => !actions.has(action)).sort();
    expect(stale, 'labels for actions nothing records any more').toEqual([]);
  });

  it('each action sits in the group its prefix names, once', () => {
    const seen = AUDIT_ACTION_AREAS.flatMap((area) => Object.keys(area.actions).map((action) => [area.prefix, action] as const));
    for (const [prefix, action] of seen) expect(action.startsWith(prefix), action).toBe(true);
    expect(new Set(seen.map(([, action]) => action)).size).toBe(seen.length);
  });

  it('labels are sentences in words, not codes', () => {
    for (const [action, label] of Object.entries(ACTION_LABELS)) {
      expect(label, action).toMatch(/^[A-Z][^.]*[a-z)]$/);
      expect(label, action).not.toContain(action);
    }
  });

  it('every record type the code records has a name', () => {
    const types = recordTypes(files);
    expect(types.size).toBeGreaterThan(5);
    expect([...types].filter((type) => !(type in RECORD_TYPE_LABELS)).sort()).toEqual([]);
  });
});
