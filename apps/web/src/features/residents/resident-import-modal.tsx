import { useState } from 'react';
import { Alert, Button, Modal, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApiRowError } from '../../lib/api-error.ts';
import { isApiError } from '../../lib/api-error.ts';
import { saveDownload } from '../../lib/download.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { downloadTemplate, useImportResidents, XLSX_TYPE } from './residents-api.ts';
import { ImportErrorsTable } from './import-errors-table.tsx';

/** Template download and .xlsx upload (raw bytes); a rejected file lists its errors per row. */
export function ResidentImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const importer = useImportResidents();
  const [rows, setRows] = useState<ApiRowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const getTemplate = async () => {
    setDownloading(true);
    try {
      saveDownload(await downloadTemplate(), 'residents-template.xlsx');
    } catch (err) {
      notifyError(err);
    } finally {
      setDownloading(false);
    }
  };

  const upload = (file: File) => {
    setRows([]);
    setFailure(null);
    importer.mutate(file, {
      onSuccess: (res) => {
        notifySuccess(t('residents.importDone', { count: res.imported }));
        onClose();
      },
      onError: (err) => {
        if (isApiError(err) && err.rows.length > 0) {
          setFailure(err.message);
          setRows(err.rows);
          return;
        }
        notifyError(err);
      },
    });
    return false;
  };

  return (
    <Modal open={open} title={t('residents.import')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Button
            data-testid="import-template"
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => void getTemplate()}
          >
            {t('residents.downloadTemplate')}
          </Button>
          <Upload accept={`.xlsx,${XLSX_TYPE}`} showUploadList={false} beforeUpload={upload} maxCount={1}>
            <Button data-testid="import-upload" type="primary" icon={<UploadOutlined />} loading={importer.isPending}>
              {t('residents.upload')}
            </Button>
          </Upload>
        </Space>
        {failure && <Alert type="error" showIcon title={failure} />}
        {rows.length > 0 && <ImportErrorsTable rows={rows} />}
      </Space>
    </Modal>
  );
}
