import type { ReactNode } from 'react';
import { Form, Modal } from 'antd';
import type { FormInstance, FormProps, ModalProps } from 'antd';

interface Props<V> extends Pick<FormProps<V>, 'initialValues' | 'preserve' | 'autoComplete'> {
  form: FormInstance<V>;
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onFinish: (values: V) => void;
  confirmLoading?: boolean;
  okButtonProps?: ModalProps['okButtonProps'];
  width?: ModalProps['width'];
  children: ReactNode;
}

/** A vertical form in a modal: OK submits the form, Cancel closes; the content goes when hidden. */
export function FormModal<V>({
  form,
  open,
  title,
  onClose,
  onFinish,
  confirmLoading,
  okButtonProps,
  width,
  initialValues,
  preserve,
  autoComplete,
  children,
}: Props<V>) {
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={confirmLoading}
      okButtonProps={okButtonProps}
      width={width}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        preserve={preserve}
        autoComplete={autoComplete}
      >
        {children}
      </Form>
    </Modal>
  );
}
