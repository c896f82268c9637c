import { createContext, useContext } from 'react';

/**
 * True inside the residents' portal frame (PortalLayout): a public page shown there renders its
 * content only, since the portal already draws the header, the navigation and the theme.
 */
export const PortalFrameContext = createContext(false);

export const useInPortalFrame = (): boolean => useContext(PortalFrameContext);
