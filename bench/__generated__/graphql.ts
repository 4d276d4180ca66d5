/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How exact a date is. A WEEK date is the Monday of its week, a MONTH date the 1st, a YEAR date 1 January. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type BenchActorQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchActorQuery = { actor:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type BenchStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchStatementsQuery = { statements: { edges: Array<{ node: { text: string, speaker:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , addressees: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        > } }> } };

export type BenchRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchRolesQuery = { actor:
    | { roles: Array<{ start: string | null, startPrecision: DatePrecision | null, end: string | null, endPrecision: DatePrecision | null, current: boolean, note: string | null, role: { title: string } }> }
    | Record<PropertyKey, never>
   | null };

export type BenchTwoHopsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchTwoHopsQuery = { actor:
    | { relations: Array<{ node:
          | { id: string, text: string, about: Array<
              | { name: string, id: string }
              | { title: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
              | { text: string, id: string }
            > }
          | Record<PropertyKey, never>
         }> }
    | { relations: Array<{ node:
          | { id: string, text: string, about: Array<
              | { name: string, id: string }
              | { title: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
              | { text: string, id: string }
            > }
          | Record<PropertyKey, never>
         }> }
    | { relations: Array<{ node:
          | { id: string, text: string, about: Array<
              | { name: string, id: string }
              | { title: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
              | { text: string, id: string }
            > }
          | Record<PropertyKey, never>
         }> }
    | { relations: Array<{ node:
          | { id: string, text: string, about: Array<
              | { name: string, id: string }
              | { title: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
              | { text: string, id: string }
            > }
          | Record<PropertyKey, never>
         }> }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BenchActorDocument = new TypedDocumentString(`
    query BenchActor {
  actor(id: "person:rustem-umerov") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<BenchActorQuery, BenchActorQueryVariables>;
export const BenchStatementsDocument = new TypedDocumentString(`
    query BenchStatements {
  statements(first: 15) {
    edges {
      node {
        text
        speaker {
          name
        }
        addressees {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchStatementsQuery, BenchStatementsQueryVariables>;
export const BenchRolesDocument = new TypedDocumentString(`
    query BenchRoles {
  actor(id: "person:rustem-umerov") {
    ... on Person {
      roles {
        start
        startPrecision
        end
        endPrecision
        current
        note
        role {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchRolesQuery, BenchRolesQueryVariables>;
export const BenchTwoHopsDocument = new TypedDocumentString(`
    query BenchTwoHops {
  actor(id: "person:volodymyr-zelenskyy") {
    relations(types: ["SAID"], direction: OUT) {
      node {
        ... on Statement {
          id
          text
          about {
            id
            ... on Actor {
              name
            }
            ... on Event {
              title
            }
            ... on Statement {
              text
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchTwoHopsQuery, BenchTwoHopsQueryVariables>;