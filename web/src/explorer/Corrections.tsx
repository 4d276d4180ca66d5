/**
 * Corrections from the side panel, for a person with a write token: add or remove a statement's addressee,
 * retract a statement with a reason, add an actor's alias. Each is one mutation; the panel and every open
 * explorer hear of it over the factsChanged subscription.
 */
import { useState } from 'react';
import { addAddressee, addAlias, refLabel, removeAddressee, retract, type Ref } from './api';
import { SearchBox } from './SearchBox';

/** Runs a correction; says whether it was made (a failure is shown by the panel). */
export type Correct = (work: () => Promise<void>) => Promise<boolean>;

const ACTOR_TYPES = ['Person', 'Organization', 'Country', 'Group'];

/** One line of text and a button; the text is required, as a reason or an alias is. */
function TextAction({
  label,
  placeholder,
  submit,
  testId,
  onSubmit,
  onCancel,
}: {
  label: string;
  placeholder: string;
  submit: string;
  testId: string;
  onSubmit(text: string): Promise<boolean>;
  onCancel?(): void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="correction-form"
      data-testid={testId}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim() || busy) return;
        setBusy(true);
        const done = await onSubmit(text.trim());
        setBusy(false);
        if (done) setText('');
      }}
    >
      <label>
        <span>{label}</span>
        <input value={text} placeholder={placeholder} onChange={(e) => setText(e.target.value)} disabled={busy} />
      </label>
      <button type="submit" disabled={busy || !text.trim()}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" className="link-button" onClick={onCancel}>
          cancel
        </button>
      )}
    </form>
  );
}

/** Which correction of a statement is asking for its reason. */
type Pending = { kind: 'remove'; addressee: Ref } | { kind: 'retract' } | null;

export function StatementCorrections({ id, addressees, correct }: { id: string; addressees: Ref[]; correct: Correct }) {
  const [pending, setPending] = useState<Pending>(null);
  const done = (made: boolean) => {
    if (made) setPending(null);
    return made;
  };
  return (
    <section className="panel-section corrections" data-testid="corrections">
      <h3>Correct this statement</h3>
      <SearchBox
        label="Add an addressee"
        placeholder="Add an addressee: search actors…"
        types={ACTOR_TYPES}
        testId="add-addressee"
        onPick={(hit) => void correct(() => addAddressee(id, hit.node.id))}
      />
      <div className="correction-buttons">
        {addressees.map((a) => (
          <button
            key={a.id}
            type="button"
            data-testid={`remove-addressee-${a.id}`}
            onClick={() => setPending({ kind: 'remove', addressee: a })}
          >
            Remove {refLabel(a)}…
          </button>
        ))}
        <button type="button" className="danger" data-testid="retract" onClick={() => setPending({ kind: 'retract' })}>
          Retract statement…
        </button>
      </div>
      {pending && (
        <TextAction
          key={pending.kind === 'remove' ? pending.addressee.id : 'retract'}
          label={
            pending.kind === 'remove'
              ? `Why is ${refLabel(pending.addressee)} not addressed?`
              : 'Why retract this statement?'
          }
          placeholder="The reason, kept with the correction"
          submit={pending.kind === 'remove' ? 'Remove addressee' : 'Retract'}
          testId="reason"
          onCancel={() => setPending(null)}
          onSubmit={async (reason) =>
            done(
              await correct(() =>
                pending.kind === 'remove' ? removeAddressee(id, pending.addressee.id, reason) : retract(id, reason),
              ),
            )
          }
        />
      )}
    </section>
  );
}

export function ActorCorrections({ id, correct }: { id: string; correct: Correct }) {
  return (
    <section className="panel-section corrections" data-testid="corrections">
      <h3>Correct this actor</h3>
      <TextAction
        label="Add an alias"
        placeholder="Another name it goes by"
        submit="Add alias"
        testId="add-alias"
        onSubmit={(alias) => correct(() => addAlias(id, alias))}
      />
    </section>
  );
}
