// The pages that create and edit a group around the shared form.
import { useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { createGroup, getGroup, updateGroup } from '../../db/groups';
import { PageHeader } from '../../ui/PageHeader';
import { GroupForm } from './GroupForm';
import { emptyGroupForm, formToGroup, groupToForm } from './groupForm';

export function NewGroupPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Add a group">
        <p>After saving, add the group's meeting schedule and its facilitators.</p>
      </PageHeader>
      <GroupForm
        initial={emptyGroupForm()}
        submitLabel="Save group"
        onCancel={() => navigate('/groups')}
        onSave={async (values) => {
          const group = await createGroup(formToGroup(values, []));
          navigate(`/groups/${group.id}`, { state: { message: 'Group added. Now add its meeting schedule.' } });
        }}
      />
    </>
  );
}

export function EditGroupPage() {
  const { groupId = '' } = useParams();
  const navigate = useNavigate();
  const group = useLiveQuery(() => getGroup(groupId), [groupId]);
  if (!group) return <PageHeader title="Edit group" />;
  return (
    <>
      <PageHeader title={`Edit ${group.name}`} />
      <GroupForm
        initial={groupToForm(group)}
        submitLabel="Save group"
        onCancel={() => navigate(`/groups/${groupId}`)}
        onSave={async (values) => {
          await updateGroup(groupId, formToGroup(values, group.facilitatorIds));
          navigate(`/groups/${groupId}`, { state: { message: 'Group saved.' } });
        }}
      />
    </>
  );
}
