import type { ReactNode } from 'react';
import { Form } from 'antd';
import type { FormProps, ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { notifySuccess } from '../lib/notify.ts';
import { submitForm } from '../lib/submit-form.ts';
import type { FormMutation } from '../lib/submit-form.ts';
import { FormModal } from './form-modal.tsx';

export interface CreateEntityModalProps<V, S extends z.ZodType>
  extends Pick<FormProps<V>, 'initialValues' | 'autoComplete'> {
  open: boolean;
  title: string;
  onClose: () => void;
  /** The shared create-body schema the form values are checked against before sending. */
  schema: S;
  /** Form values → the input for `schema`. */
  toInput: (values: V) => unknown;
  mutation: FormMutation<z.output<S>, unknown> & { isPending: boolean };
  okButtonProps?: ModalProps['okButtonProps'];
  /** What the success toast says (default: "created"; an edit dialog says "saved"). */
  successText?: string;
  /** The form fields. */
  children: ReactNode;
}

/** "新增…" dialog: validates with the shared schema, creates, says so and closes. */
export function CreateEntityModal<V, S extends z.ZodType>({
  open,
  title,
  onClose,
  schema,
  toInput,
  mutation,
  okButtonProps,
  successText,
  initialValues,
  autoComplete,
  children,
}: CreateEntityModalProps<V, S>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const onFinish = (values: V) =>
    submitForm(form, schema, toInput(values), mutation, () => {
      notifySuccess(successText ?? t('common.created'));
      onClose();
    });
  return (
    <FormModal
      form={form}
      open={open}
      title={title}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={mutation.isPending}
      okButtonProps={okButtonProps}
      initialValues={initialValues}
      preserve={false}
      autoComplete={autoComplete}
    >
      {children}
    </FormModal>
  );
}
