import { Alert, Button, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { validateOrgName } from '../../../lib/validation';
import { useCreateOrganization } from '../api/organizations';
import type { Organization } from '../api/types';

export function CreateOrganizationForm({ onCreated }: { onCreated?: (org: Organization) => void }) {
  const create = useCreateOrganization();
  const form = useForm(
    { name: '', description: '' },
    // The API limits only the name; the description is free.
    { name: validateOrgName },
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Create an organization"
      onSubmit={form.handleSubmit((values) =>
        create.mutate(
          { name: values.name.trim(), description: values.description.trim() },
          {
            onSuccess: (org) => {
              form.reset();
              onCreated?.(org);
            },
          },
        ),
      )}
    >
      {create.isError && <Alert>{messageOf(create.error)}</Alert>}
      <TextField
        label="Name"
        name="name"
        hint="3 to 50 letters, digits, spaces, dashes or underscores."
        value={form.values.name}
        error={form.errors.name}
        onChange={(e) => form.setValue('name', e.target.value)}
      />
      <TextField
        label="Description (optional)"
        name="description"
        value={form.values.description}
        error={form.errors.description}
        onChange={(e) => form.setValue('description', e.target.value)}
      />
      <Button type="submit" busy={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create organization'}
      </Button>
    </form>
  );
}
