import { Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api-client.ts';
import { notifyError } from '../lib/notify.ts';

/**
 * Photos for a record: each file is sent as its own request (the image is the body) and the form
 * keeps the returned keys. The server checks and cleans every image (no metadata, no location).
 */
export function PhotoUpload({
  endpoint,
  value = [],
  onChange,
}: {
  endpoint: string;
  value?: string[];
  onChange?: (keys: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Upload
      accept="image/jpeg,image/png,image/webp"
      multiple
      maxCount={9}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const blob = file as Blob;
          const { key } = await api<{ key: string }>(endpoint, {
            method: 'POST',
            body: blob,
            contentType: blob.type || 'image/jpeg',
          });
          onChange?.([...value, key]);
          onSuccess?.(key);
        } catch (err) {
          notifyError(err);
          onError?.(err as Error);
        }
      }}
      onRemove={(f) => onChange?.(value.filter((k) => k !== f.response))}
    >
      <Button icon={<UploadOutlined />}>{t('members.photos')}</Button>
    </Upload>
  );
}

/** Uploads one study material (PDF or MP4) to a course. */
export function MaterialUpload({ courseId, onDone }: { courseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Upload
      accept="application/pdf,video/mp4"
      showUploadList={false}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const blob = file as Blob;
          await api(`/api/education/courses/${courseId}/material`, {
            method: 'POST',
            body: blob,
            contentType: blob.type || 'application/pdf',
          });
          onSuccess?.(null);
          onDone();
        } catch (err) {
          notifyError(err);
          onError?.(err as Error);
        }
      }}
    >
      <Button size="small" icon={<UploadOutlined />}>
        {t('members.study.upload')}
      </Button>
    </Upload>
  );
}
